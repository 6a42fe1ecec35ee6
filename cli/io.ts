import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeText } from '../lib/design/decode-text';
import { MAX_INPUT_BYTES } from '../lib/design/check-data';
import { fsErrorMessage } from './fs-error';

/** What the command line talks to: the process's streams and directory, or a test's. */
export interface Io {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  cwd: string;
  /** Environment variables (passwords for live imports); the process's own when absent. */
  env?: Record<string, string | undefined>;
  /** Standard input, read when a file argument is `-`. */
  stdin?: AsyncIterable<Uint8Array | string>;
}

/** Exit codes: 0 clean, 1 findings at or above the threshold, 2 unusable input, an I/O failure or bad arguments. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A failure to report as one line and exit 2 (never a stack trace). */
export class CliError extends Error {}

/** The argument that names standard input. */
export const STDIN = '-';

export interface Input {
  text: string;
  /** As the user named it (`<stdin>` for standard input), for messages and reports. */
  name: string;
  /** The absolute path; undefined for standard input. */
  path?: string;
}

const tooLarge = (what: string, bytes: number) => new CliError(`${what} is ${(bytes / 1048576).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1048576} MB.`);

/** Reads an input file or standard input (`-`): refused before reading when missing, not a file or too large; decoded as UTF-8 or UTF-16. */
export async function readInput(name: string | undefined, io: Io): Promise<Input> {
  if (!name) throw new CliError('No input file given (name a file, or - for standard input).');
  const bytes = name === STDIN ? await readStdin(io) : readFile(name, io.cwd);
  const decoded = decodeText(bytes);
  const shown = name === STDIN ? '<stdin>' : name;
  if (!decoded.ok) throw new CliError(`${shown}: ${decoded.message}`);
  return { text: decoded.text, name: shown, path: name === STDIN ? undefined : resolve(io.cwd, name) };
}

function readFile(name: string, cwd: string): Uint8Array {
  const full = resolve(cwd, name);
  let size: number;
  try {
    const stat = statSync(full);
    if (stat.isDirectory()) throw new CliError(`cannot read ${name}: it is a directory (EISDIR)`);
    size = stat.size;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(fsErrorMessage('read', name, error));
  }
  if (size > MAX_INPUT_BYTES) throw tooLarge(name, size);
  try {
    const bytes = readFileSync(full);
    // A FIFO or /proc file reports size 0 and may hold more.
    if (bytes.length > MAX_INPUT_BYTES) throw tooLarge(name, bytes.length);
    return bytes;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(fsErrorMessage('read', name, error));
  }
}

/** All of standard input, stopping as soon as it passes the size limit. */
async function readStdin(io: Io): Promise<Uint8Array> {
  if (!io.stdin) throw new CliError('Standard input is not available here.');
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of io.stdin) {
      const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
      size += bytes.length;
      if (size > MAX_INPUT_BYTES) throw new CliError(`Standard input is larger than ${MAX_INPUT_BYTES / 1048576} MB, the limit.`);
      chunks.push(bytes);
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(fsErrorMessage('read', 'standard input', error));
  }
  return Buffer.concat(chunks);
}
