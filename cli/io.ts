import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { MAX_INPUT_BYTES } from '../lib/design/safe-parse-text';

export interface Io {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  cwd: string;
  /** Environment variables (passwords for live imports); the process's own when absent. */
  env?: Record<string, string | undefined>;
}

/** Exit codes: 0 clean, 1 findings at or above the threshold, 2 unusable input or arguments. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

export class CliError extends Error {}

/** Reads an input file, refusing what is missing, not a file, or too large before reading it. */
export function readInput(path: string | undefined, cwd: string): { text: string; path: string } {
  if (!path) throw new CliError('No input file given.');
  const full = resolve(cwd, path);
  let size: number;
  try {
    const stat = statSync(full);
    if (!stat.isFile()) throw new CliError(`${path} is not a file.`);
    size = stat.size;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${path}: no such file.`);
  }
  if (size > MAX_INPUT_BYTES) throw new CliError(`${path} is ${(size / 1048576).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1048576} MB.`);
  return { text: readFileSync(full, 'utf8'), path: full };
}
