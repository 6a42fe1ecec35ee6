import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GCLOUD_COMMAND_FLAGS, GCLOUD_WIDE_FLAGS } from '../../brokers/pubsub/gcloud-flags';

/**
 * A test oracle for gcloud scripts: bash runs the script with `gcloud`
 * replaced by a function that records the words it is given, so quoting and
 * expansion are bash's own; each recorded call is then checked against the
 * documented flags of its command (lib/brokers/pubsub/gcloud-flags.ts).
 */

const FAKE_GCLOUD = [
  'gcloud() {',
  `  printf '%s\\0' "$@" >> "$GCLOUD_LOG"`,
  `  printf '\\1\\0' >> "$GCLOUD_LOG"`,
  '  if [ "$1" = projects ]; then echo 123456789012; fi',
  '}',
].join('\n');

/** The argument lists the script hands to gcloud, in order. `env` adds variables (PROJECT). */
export function gcloudCalls(script: string, env: Record<string, string> = {}): string[][] {
  const dir = mkdtempSync(path.join(tmpdir(), 'gcloud-calls-'));
  const log = path.join(dir, 'calls');
  let text: string;
  try {
    execFileSync('bash', ['-c', `${FAKE_GCLOUD}\n${script}`], { env: { PATH: process.env.PATH, LANG: 'C.UTF-8', GCLOUD_LOG: log, ...env } as unknown as NodeJS.ProcessEnv });
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

/** The command a call runs (`pubsub topics create`), the longest one the table knows. */
function commandOf(args: string[]): string | undefined {
  for (const length of [3, 2]) {
    const candidate = args.slice(0, length).join(' ');
    if (Object.hasOwn(GCLOUD_COMMAND_FLAGS, candidate)) return candidate;
  }
  return undefined;
}

/** One line per problem: an unknown command, or a flag its command does not document. */
export function gcloudFlagProblems(calls: string[][]): string[] {
  const problems: string[] = [];
  for (const args of calls) {
    const command = commandOf(args);
    if (!command) {
      problems.push(`gcloud ${args.slice(0, 3).join(' ')}: not a command the table documents`);
      continue;
    }
    const allowed = new Set<string>([...GCLOUD_COMMAND_FLAGS[command], ...GCLOUD_WIDE_FLAGS]);
    for (const word of args.slice(command.split(' ').length)) {
      if (!word.startsWith('--')) continue;
      const name = word.split('=')[0];
      if (!allowed.has(name)) problems.push(`gcloud ${command}: unknown flag ${name}`);
    }
  }
  return problems;
}
