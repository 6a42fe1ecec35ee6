import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PULSAR_ADMIN_COMMAND_FLAGS } from '../../brokers/pulsar/pulsar-admin-flags';

/**
 * A test oracle for pulsar-admin scripts: bash runs the script with
 * `pulsar-admin` replaced by a function that records the words it is given
 * (quoting and expansion are bash's own); each call is then checked against
 * the documented options of its sub-command (lib/brokers/pulsar/pulsar-admin-flags.ts).
 */

const FAKE = ['pulsar-admin() {', `  printf '%s\\0' "$@" >> "$ADMIN_LOG"`, `  printf '\\1\\0' >> "$ADMIN_LOG"`, '}'].join('\n');

/** The argument lists the script hands to pulsar-admin, in order. */
export function pulsarAdminCalls(script: string): string[][] {
  const dir = mkdtempSync(path.join(tmpdir(), 'pulsar-admin-calls-'));
  const log = path.join(dir, 'calls');
  let text = '';
  try {
    execFileSync('bash', ['-c', `${FAKE}\n${script}`], { env: { PATH: process.env.PATH, LANG: 'C.UTF-8', ADMIN_LOG: log } as unknown as NodeJS.ProcessEnv });
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

/** One line per problem: an unknown sub-command, or an option its sub-command does not document. */
export function pulsarAdminFlagProblems(calls: string[][]): string[] {
  const problems: string[] = [];
  for (const args of calls) {
    const command = args.slice(0, 2).join(' ');
    if (!Object.hasOwn(PULSAR_ADMIN_COMMAND_FLAGS, command)) {
      problems.push(`pulsar-admin ${command}: not a sub-command the table documents`);
      continue;
    }
    const allowed = new Set(PULSAR_ADMIN_COMMAND_FLAGS[command]);
    for (const word of args.slice(2)) {
      // Negative numbers (-1 for unlimited) are values, not options.
      if (!word.startsWith('-') || /^-\d/.test(word)) continue;
      const name = word.split('=')[0];
      if (!allowed.has(name)) problems.push(`pulsar-admin ${command}: unknown option ${name}`);
    }
  }
  return problems;
}
