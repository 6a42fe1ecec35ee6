import { GCLOUD_COMMAND_FLAGS, GCLOUD_WIDE_FLAGS } from '../../brokers/pubsub/gcloud-flags';
import { recordedCalls } from './recorded-calls';

/**
 * A test oracle for gcloud scripts: each call the script makes (recorded-calls.ts) is checked against
 * the documented flags of its command (lib/brokers/pubsub/gcloud-flags.ts).
 */

/** The argument lists the script hands to gcloud, in order. `env` adds variables (PROJECT). */
export function gcloudCalls(script: string, env: Record<string, string> = {}): string[][] {
  return recordedCalls(script, 'gcloud', { env, answer: 'if [ "$1" = projects ]; then echo 123456789012; fi' });
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
