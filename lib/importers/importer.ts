import type { Design } from '../design';

/** Something in the source that the design could not represent, with where it is. */
export interface ImportNote {
  /** Path in the source file, e.g. `queues[3].arguments.x-queue-master-locator` or `document 2`. */
  path: string;
  message: string;
}

/**
 * A note as one line of text: `path: message`, or the message alone for a note
 * about the whole file (its path is empty), never `: message`.
 */
export function noteText(note: ImportNote): string {
  return note.path === '' ? note.message : `${note.path}: ${note.message}`;
}

export interface ImportError {
  message: string;
  path?: string;
  line?: number;
  column?: number;
}

export type ImportResult = { ok: true; design: Design; report: ImportNote[] } | { ok: false; errors: ImportError[] };

/** One file of a set that belongs together: an export written as several files. */
export interface ImportFile {
  /** Its path in the set (folders may mean something, e.g. one per cluster). */
  path: string;
  text: string;
}

/** What the user says about a file that the file itself does not. */
export interface ImportOptions {
  /** The vhost of a RabbitMQ per-vhost export (`GET /api/definitions/{vhost}`), whose items name none. */
  vhost?: string;
}

/**
 * A source format. Importers never throw and never touch the open design:
 * they return a new design plus a report, or errors that say what and where.
 * All text goes through `parseDataText` (size, depth, prototype keys, aliases).
 */
export interface Importer {
  id: string;
  label: string;
  /** Whether `data` (parsed JSON/YAML, or the text for multi-document YAML) looks like this format. */
  detect(text: string, fileName?: string): boolean;
  import(text: string, fileName?: string, options?: ImportOptions): ImportResult;
  /** Imports a set of files that together describe one design (a format whose export is several files). */
  importFiles?(files: readonly ImportFile[], options?: ImportOptions): ImportResult;
}
