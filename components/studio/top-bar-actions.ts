/** What the top bar and its File menu can ask the studio to do; the optional ones show only when the studio offers them. */
export interface TopBarActions {
  open(): void;
  save(format: 'json' | 'yaml'): void;
  layout(): void;
  toggleTheme(): void;
  toggleFindings(): void;
  exportDesign?(): void;
  share?(): void;
  /** Templates and the requirements wizard. */
  start?(): void;
  /** Read a live Kafka or RabbitMQ into a design. */
  importCluster?(): void;
  /** Compare the design with a live cluster: differences, plan, apply. */
  compareCluster?(): void;
  /** The `?` sheet of keyboard shortcuts. */
  showShortcuts?(): void;
  /** Save to the file chosen once (Ctrl+S). */
  saveToFile?(): void;
  /** Open or close the Simulate panel. */
  simulate?(): void;
  /** Open or close the Code panel (the design as YAML beside the canvas). */
  code?(): void;
  codeOpen?: boolean;
}
