import { resolve } from 'node:path';
import { formatDesignErrors } from '../lib/design';
import { readDesign } from '../lib/design/read-design';
import { EXPORTERS, exporterById } from '../lib/families';
import { nearest } from './nearest';
import { CliError, EXIT, readInput, type ExitCode, type Io } from './io';
import { text, type ParsedCommandLine } from './options';
import { isInside, writeOutputFile } from './write-output';

/** `queuewright export <design|-> --to <format> [--out <dir>] [--force]`: to standard output, or into a folder without overwriting. */

export async function exportDesign(command: ParsedCommandLine, io: Io): Promise<ExitCode> {
  const to = text(command.values, 'to');
  const exporter = exporterById(to ?? '');
  if (!exporter) {
    const ids = EXPORTERS.map((e) => e.id);
    const suggestion = to ? nearest(to, ids) : undefined;
    throw new CliError(`--to must name a format${suggestion ? ` (did you mean ${suggestion}?)` : ''}: ${ids.join(', ')}.`);
  }
  if (command.positionals.length > 1) throw new CliError('export takes one design file.');
  const input = await readInput(command.positionals[0], io);
  const result = readDesign(input.text);
  if (!result.ok) throw new CliError(`${input.name} is not a readable design:\n${formatDesignErrors(result.errors)}`);
  if (result.notices.length > 0) io.stderr.write(`queuewright: ${input.name}: keys the design does not know were ignored:\n${formatDesignErrors(result.notices)}\n`);
  const exported = exporter.export(result.design);
  if (!exported.ok) throw new CliError(`cannot export to ${exporter.id}:\n${exported.errors.map((e) => `  ${e.nodeId ? `${e.nodeId}: ` : ''}${e.message}`).join('\n')}`);
  const out = text(command.values, 'out');
  if (out === undefined) {
    for (const f of exported.files) io.stdout.write(exported.files.length > 1 ? `# ---- ${f.path}\n${f.content}\n` : f.content);
    return EXIT.ok;
  }
  const dir = resolve(io.cwd, out);
  // Every path is checked before anything is written, so a refused export writes nothing.
  for (const f of exported.files) if (!isInside(dir, resolve(dir, f.path))) throw new CliError(`refusing to write outside ${out}: ${f.path}`);
  for (const f of exported.files) {
    const shown = `${out.replace(/\/+$/, '')}/${f.path}`;
    writeOutputFile(io.cwd, shown, f.content, { force: command.values.force === true, inputPath: input.path });
    io.stderr.write(`wrote ${shown}\n`);
  }
  return EXIT.ok;
}
