'use client';

import { emptyDesign, updateDesign } from '@/lib/design';
import { Button } from '../ui/button';
import { Menu, type MenuItem } from '../ui/menu';
import type { SaveStatus } from './autosave';
import { ScoreHeader } from './score-header';
import { useStudio, useStudioStore } from './store-context';

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

const COMPARE_TITLE = 'Compare the design with a live cluster: differences, and the plan that makes the cluster match';

/** States in which the latest work is not in the browser's storage. */
const AT_RISK = new Set<SaveStatus['state']>(['failed', 'conflict', 'held']);

function savedText(status: SaveStatus): string {
  switch (status.state) {
    case 'saving':
      return 'Saving…';
    case 'saved':
      return 'Saved';
    case 'failed':
      return 'Not saved';
    case 'conflict':
      return 'Paused: changed in another tab';
    case 'held':
      return 'Not saved: a damaged autosave waits';
    default:
      return 'Saved';
  }
}

/**
 * The studio's top bar. It fits a 1024-px window: below 1536 px the file
 * actions (New, Open, From cluster, Compare with cluster, Save, Save as) are one File menu (above it, the
 * two cluster actions are a Cluster menu); below 1760 px Undo and Redo are icons (the file buttons and
 * Code take their room); below 1280 px the score shows its ring alone (its categories are in its tooltip
 * and the findings). Layout, Simulate, Code, Export and Share always stay in view.
 */
export function TopBar({ actions, status, theme }: { actions: TopBarActions; status: SaveStatus; theme: 'light' | 'dark' }) {
  const store = useStudioStore();
  const name = useStudio((s) => s.design.name);
  const canUndo = useStudio((s) => s.history.past.length > 0);
  const canRedo = useStudio((s) => s.history.future.length > 0);
  // A blank design replaces the current one as one step: Undo brings it back.
  const blank = () => store.getState().load(emptyDesign());
  const fileItems: MenuItem[] = [
    { label: 'Blank design', title: 'Start an empty design (Undo brings this one back)', testId: 'file-menu.blank', onSelect: blank },
    ...(actions.start ? [{ label: 'New…', title: 'Start from a template or the requirements wizard', testId: 'file-menu.start', onSelect: actions.start }] : []),
    { label: 'Open…', shortcut: 'Ctrl+O', title: 'Open a design or import a file', testId: 'file-menu.open', onSelect: actions.open },
    ...(actions.importCluster ? [{ label: 'From cluster…', title: 'Import the topology of a live Kafka cluster or RabbitMQ (read-only)', testId: 'file-menu.import-cluster', onSelect: actions.importCluster }] : []),
    ...(actions.compareCluster ? [{ label: 'Compare with cluster…', title: COMPARE_TITLE, testId: 'file-menu.compare-cluster', onSelect: actions.compareCluster }] : []),
    ...(actions.saveToFile ? [{ label: 'Save', shortcut: 'Ctrl+S', title: 'Save to the file you chose', testId: 'file-menu.save', onSelect: actions.saveToFile }] : []),
    { label: 'Save as JSON', shortcut: 'Ctrl+Shift+S', title: 'Download the design as JSON', testId: 'file-menu.save-json', onSelect: () => actions.save('json') },
    { label: 'Save as YAML', title: 'Download the design as YAML', testId: 'file-menu.save-yaml', onSelect: () => actions.save('yaml') },
  ];
  const clusterItems = fileItems.filter((item) => item.testId === 'file-menu.import-cluster' || item.testId === 'file-menu.compare-cluster').map((item) => ({ ...item, testId: item.testId!.replace('file-menu.', 'cluster-menu.') }));
  return (
    <header className="flex h-12 min-w-0 items-center gap-2 border-b border-[var(--border)] bg-[var(--panel)] px-3">
      <span className="mr-1 text-[14px] font-bold tracking-tight" style={{ color: 'var(--accent)' }}>
        Queuewright
      </span>
      <input
        aria-label="Design name"
        data-testid="design.name"
        className="h-7 w-[180px] min-w-[80px] shrink rounded-md border border-transparent bg-transparent px-1.5 text-[14px] font-semibold hover:border-[var(--border)] focus:border-[var(--border)]"
        value={name}
        maxLength={200}
        onChange={(e) => store.getState().change((d) => updateDesign(d, { name: e.target.value || 'Untitled design' }), { coalesce: 'design-name' })}
      />
      <span
        data-testid="save-status"
        data-state={status.state}
        role="status"
        title={status.state === 'failed' ? status.message : 'Your work is saved in this browser'}
        className="max-w-[160px] truncate whitespace-nowrap text-[12px]"
        style={{ color: AT_RISK.has(status.state) ? 'var(--error)' : 'var(--muted)' }}
      >
        {status.state === 'saving' ? '●' : AT_RISK.has(status.state) ? '⚠' : '✓'} {savedText(status)}
      </span>
      <div className="mx-auto min-w-0">
        <ScoreHeader onOpenFindings={actions.toggleFindings} />
      </div>
      <Button aria-label="Undo" title="Undo (Ctrl+Z)" data-testid="toolbar.undo" disabled={!canUndo} onClick={() => store.getState().undo()}>
        ↶<span className="hidden min-[1760px]:inline"> Undo</span>
      </Button>
      <Button aria-label="Redo" title="Redo (Ctrl+Shift+Z)" data-testid="toolbar.redo" disabled={!canRedo} onClick={() => store.getState().redo()}>
        ↷<span className="hidden min-[1760px]:inline"> Redo</span>
      </Button>
      {/* Wide windows show the file actions as buttons; narrower ones, as one menu. */}
      <div className="hidden items-center gap-2 2xl:flex">
        <Button title="Start an empty design (Undo brings this one back)" data-testid="toolbar.blank" onClick={blank}>
          Blank
        </Button>
        {actions.start && (
          <Button title="Start from a template or the requirements wizard" data-testid="toolbar.start" onClick={actions.start}>
            New…
          </Button>
        )}
        <Button title="Open a design or import a file (Ctrl+O)" data-testid="toolbar.open" onClick={actions.open}>
          Open
        </Button>
        {/* With Compare as well, the live-cluster actions are one menu, so the bar still fits 1536 px. */}
        {actions.importCluster && actions.compareCluster ? (
          <Menu label="Cluster" items={clusterItems} testId="toolbar.cluster-menu" />
        ) : (
          actions.importCluster && (
            <Button title="Import the topology of a live Kafka cluster or RabbitMQ (read-only)" data-testid="toolbar.import-cluster" onClick={actions.importCluster}>
              From cluster…
            </Button>
          )
        )}
        <Button title="Download the design as JSON (Save as: Ctrl+Shift+S; Ctrl+S saves to a file you choose once)" data-testid="toolbar.save-json" onClick={() => actions.save('json')}>
          Save
        </Button>
        <Button title="Download the design as YAML" data-testid="toolbar.save-yaml" onClick={() => actions.save('yaml')}>
          YAML
        </Button>
      </div>
      <Menu label="File" items={fileItems} testId="toolbar.file-menu" className="2xl:hidden" />
      <Button title="Lay out left to right (Shift+Alt+L)" data-testid="toolbar.layout" onClick={actions.layout}>
        Layout
      </Button>
      {actions.simulate && (
        <Button title="Run the design under load and failures, and see its capacity" data-testid="toolbar.simulate" onClick={actions.simulate}>
          Simulate
        </Button>
      )}
      {actions.code && (
        <Button title="The design as YAML, beside the canvas" aria-pressed={actions.codeOpen ?? false} data-testid="toolbar.code" onClick={actions.code} className={actions.codeOpen ? 'bg-[var(--panel-2)]' : ''}>
          Code
        </Button>
      )}
      {actions.exportDesign && (
        <Button title="Export to AsyncAPI, RabbitMQ, Kafka, NATS, Terraform, CloudFormation…" data-testid="toolbar.export" onClick={actions.exportDesign}>
          Export
        </Button>
      )}
      {actions.share && (
        <Button variant="primary" title="Copy a link that carries the whole design" data-testid="toolbar.share" onClick={actions.share}>
          Share
        </Button>
      )}
      {actions.showShortcuts && (
        <Button aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)" data-testid="toolbar.shortcuts" onClick={actions.showShortcuts}>
          ?
        </Button>
      )}
      <Button aria-label={theme === 'dark' ? 'Switch to light theme' : 'Switch to dark theme'} data-testid="toolbar.theme" onClick={actions.toggleTheme}>
        {theme === 'dark' ? '☀' : '☾'}
      </Button>
    </header>
  );
}
