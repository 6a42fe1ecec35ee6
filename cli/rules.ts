import { RULES } from '../lib/rules';
import { EXIT, type ExitCode, type Io } from './io';
import { choice, type ParsedCommandLine } from './options';

/** `queuewright rules [--format text|json]`: the rule catalog. */

export async function rules(command: ParsedCommandLine, io: Io): Promise<ExitCode> {
  const format = choice(command.values.format, ['text', 'json'] as const, 'text', 'format');
  const list = RULES.map((r) => ({ id: r.meta.id, category: r.meta.category, severity: r.meta.severity, summary: r.meta.summary }));
  if (format === 'json') io.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
  else for (const r of list) io.stdout.write(`${r.id.padEnd(52)} ${r.severity.padEnd(8)} ${r.category.padEnd(15)} ${r.summary}\n`);
  return EXIT.ok;
}
