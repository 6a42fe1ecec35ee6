import { PULSAR_ADMIN_COMMAND_FLAGS } from '../../brokers/pulsar/pulsar-admin-flags';
import { recordedCalls } from './recorded-calls';

/**
 * A test oracle for pulsar-admin scripts: each call the script makes (recorded-calls.ts) is checked
 * against the documented options of its sub-command (lib/brokers/pulsar/pulsar-admin-flags.ts).
 */

/** The argument lists the script hands to pulsar-admin, in order. */
export function pulsarAdminCalls(script: string): string[][] {
  return recordedCalls(script, 'pulsar-admin');
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
