import { mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { errorCode, fsErrorMessage } from './fs-error';
import { CliError } from './io';

/**
 * Writing what a command produced: never over an existing file unless the
 * user said `--force`, never outside the folder they named, and every
 * failure one line that names the path.
 */

/** Whether `target` lies inside `dir` (by path.relative: `out-evil/` is not inside `out/`, `out/..x` is). */
export function isInside(dir: string, target: string): boolean {
  const rel = relative(dir, target);
  return rel !== '' && !isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${sep}`);
}

function samePath(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return resolve(a) === resolve(b);
  }
}

export interface WriteOptions {
  force: boolean;
  /** The input's absolute path, so overwriting it is named as such. */
  inputPath?: string;
}

/** Writes `text` to `shown` (relative to `cwd`), creating its folder; refuses an existing file without `force`. */
export function writeOutputFile(cwd: string, shown: string, text: string, options: WriteOptions): void {
  const full = resolve(cwd, shown);
  try {
    mkdirSync(dirname(full), { recursive: true });
    // 'wx' fails if the file exists, in the same system call that would create it (no check-then-write race).
    writeFileSync(full, text, { flag: options.force ? 'w' : 'wx' });
  } catch (error) {
    if (errorCode(error) === 'EEXIST' && !options.force) {
      const input = options.inputPath && samePath(options.inputPath, full) ? ' (it is the input file)' : '';
      throw new CliError(`${shown} exists${input}; add --force to overwrite it.`);
    }
    throw new CliError(fsErrorMessage('write', shown, error));
  }
}
