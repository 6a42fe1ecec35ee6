import type { Design } from '../design';
import type { Carries } from './not-carried';

/** One file an export produces. */
export interface ExportFile {
  /** Relative path, e.g. `definitions.json` or `producers/orders-api.properties`. */
  path: string;
  content: string;
}

/** Why an export cannot be produced: a name the target cannot hold, a missing piece. Names the node. */
export interface ExportError {
  nodeId?: string;
  message: string;
}

export type ExportResult = { ok: true; files: ExportFile[] } | { ok: false; errors: ExportError[] };

/**
 * An export format. Exporters read the design only (never canvas state), are
 * pure, and never emit a value the target rejects: they refuse with a message
 * naming the node instead.
 */
export interface Exporter {
  id: string;
  label: string;
  /** What the files are for, in one line. */
  description: string;
  /** Syntax for the preview: json, yaml, properties, shell, hcl, markdown. */
  language: 'json' | 'yaml' | 'properties' | 'shell' | 'hcl' | 'markdown' | 'text';
  /**
   * For a format Queuewright imports again (one that can hold a design): what it keeps of a design. What it
   * cannot keep is listed in the files it writes (not-carried.ts). Unset for formats that keep everything
   * (the design file, AsyncAPI with its extensions) and for deployment files that are not read back.
   */
  carries?: Carries;
  export(design: Design): ExportResult;
}
