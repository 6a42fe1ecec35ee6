import { DESIGN_VERSION } from './design';

/**
 * Append-only migrations: `MIGRATIONS[n]` turns a version-n document into
 * version n+1. Never edit or remove one; old files must always open.
 * (Version 1 is the first format, so there is nothing to migrate yet.)
 */
export const MIGRATIONS: Record<number, (doc: Record<string, unknown>) => Record<string, unknown>> = {};

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
