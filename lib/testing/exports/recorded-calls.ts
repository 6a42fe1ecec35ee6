import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Runs a shell script in bash with `command` (gcloud, pulsar-admin) replaced by a function that records
 * the words it is given, so quoting and expansion are bash's own, and returns each call's arguments in
 * order. `answer` is shell run after recording (a fake's reply, e.g. a project number); `env` adds
 * variables the script reads.
 */
export function recordedCalls(script: string, command: string, { env = {}, answer = '' }: { env?: Record<string, string>; answer?: string } = {}): string[][] {
  const dir = mkdtempSync(path.join(tmpdir(), `${command}-calls-`));
  const log = path.join(dir, 'calls');
  const fake = [`${command}() {`, `  printf '%s\\0' "$@" >> "$CALLS_LOG"`, `  printf '\\1\\0' >> "$CALLS_LOG"`, ...(answer ? [`  ${answer}`] : []), '}'].join('\n');
  let text = '';
  try {
    execFileSync('bash', ['-c', `${fake}\n${script}`], { env: { PATH: process.env.PATH, LANG: 'C.UTF-8', CALLS_LOG: log, ...env } as unknown as NodeJS.ProcessEnv });
    text = readFileSync(log, 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const calls: string[][] = [];
  let current: string[] = [];
  for (const word of text.split('\0').slice(0, -1)) {
    if (word === '\u0001') {
      calls.push(current);
      current = [];
    } else current.push(word);
  }
  return calls;
}
