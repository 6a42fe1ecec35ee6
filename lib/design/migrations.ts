import { DESIGN_VERSION } from './design';

/**
 * Append-only migrations: `MIGRATIONS[n]` turns a version-n document into
 * version n+1. Never edit or remove one; old files must always open.
 */
export const MIGRATIONS: Record<number, (doc: Record<string, unknown>) => Record<string, unknown>> = {
  /**
   * 1 → 2: the fields are the same; what changed is what an omitted setting
   * means. Version 1 filled omitted client and broker settings with
   * Queuewright's own choices (acks=all, enable.auto.commit=false,
   * replication factor 3, …) although its schema documented the software's
   * defaults; version 2 reads them as the software's defaults, which is what
   * a service or broker started from that file does. The studio always wrote
   * every setting, so its files and autosaves keep their meaning exactly;
   * share links, which left Queuewright's values out, are restored with them
   * (lib/share/v1-link-defaults.ts).
   */
  1: (doc) => doc,
};

export type MigrationResult = { ok: true; doc: Record<string, unknown> } | { ok: false; message: string };

export function migrate(doc: Record<string, unknown>): MigrationResult {
  let version = doc.queuewright;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, message: `"queuewright" must be the format version (a whole number such as ${DESIGN_VERSION}), not ${JSON.stringify(version)?.slice(0, 40)}` };
  }
  if (version > DESIGN_VERSION) {
    return { ok: false, message: `This file is format version ${version}; this Queuewright reads versions up to ${DESIGN_VERSION}. Update Queuewright to open it.` };
  }
  let current = doc;
  while (version < DESIGN_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) return { ok: false, message: `No migration from version ${version}` };
    current = { ...step(current), queuewright: version + 1 };
    version += 1;
  }
  return { ok: true, doc: current };
}
