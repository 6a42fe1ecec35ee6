import { errorCode, fsErrorMessage } from './fs-error';
import { EXIT } from './io';
import { main } from './main';

/**
 * The command line as a process: standard streams in, an exit code out. A
 * closed pipe (`queuewright rules | head -1`) or a full disk behind `>` is
 * one line on stderr and exit 2, never a stack trace; so is a bug, with the
 * stack only when QUEUEWRIGHT_DEBUG is set. The process exits once its
 * output is flushed, whatever a library may have left scheduled.
 */

/** Set once the process is on its way out: later failures (a pipe erroring twice) add nothing. */
let exiting = false;

/** One line on stderr (and the stack with QUEUEWRIGHT_DEBUG), then exit 2. */
function fail(message: string, error?: unknown): void {
  if (exiting) return;
  exiting = true;
  try {
    process.stderr.write(`queuewright: ${message}\n`);
    if (error && process.env.QUEUEWRIGHT_DEBUG) process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  } finally {
    process.exit(EXIT.usage);
  }
}

const stdoutFailed = (error: unknown) => fail(fsErrorMessage('write', 'standard output', error), error);

/** stdout that turns a write failure (thrown, passed to the callback, or emitted) into one line and exit 2. */
const stdout = {
  write(text: string) {
    if (exiting) return false;
    try {
      return process.stdout.write(text, (error) => error && stdoutFailed(error));
    } catch (error) {
      stdoutFailed(error);
      return false;
    }
  },
};

export async function run(): Promise<void> {
  process.stdout.on('error', stdoutFailed);
  process.stderr.on('error', () => process.exit(EXIT.usage));
  let code: number;
  try {
    code = await main(process.argv.slice(2), { stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env, stdin: process.stdin });
  } catch (error) {
    fail(
      errorCode(error)
        ? fsErrorMessage('complete the command', 'its input or output', error)
        : `internal error: ${(error as Error)?.message ?? String(error)} (please report it; QUEUEWRIGHT_DEBUG=1 shows where)`,
      error,
    );
    return;
  }
  // The callback of an empty write runs once everything before it has been handed to the OS (or has failed).
  process.stdout.write('', (error) => (error || process.stdout.errored ? stdoutFailed(error ?? process.stdout.errored) : process.exit(code)));
}
