import { writeDesignJson, writeDesignYaml, type Design } from '../lib/design';
import { IMPORTERS, importText, importerById } from '../lib/importers';
import type { ImportNote } from '../lib/importers';
import { nearest } from './nearest';
import { CliError, EXIT, readInput, type ExitCode, type Input, type Io } from './io';
import { text, type ParsedCommandLine } from './options';
import { writeOutputFile } from './write-output';

/** `queuewright import <file|-> [--from <format>] [--out <design.json|yaml>] [--force]`: any supported file to a design. */

/** The imported design as YAML (or JSON for a .json --out), to --out (never over a file without --force) or standard output. */
export function writeImported(design: Design, report: readonly ImportNote[], command: ParsedCommandLine, io: Io, source: string, input?: Input): ExitCode {
  for (const note of report) io.stderr.write(`note: ${note.path}: ${note.message}\n`);
  const out = text(command.values, 'out');
  const content = out?.endsWith('.json') ? writeDesignJson(design) : writeDesignYaml(design);
  if (out === undefined) {
    io.stdout.write(content);
    return EXIT.ok;
  }
  writeOutputFile(io.cwd, out, content, { force: command.values.force === true, inputPath: input?.path });
  io.stderr.write(`wrote ${out} from ${source} (${design.nodes.length} nodes, ${report.length} report notes)\n`);
  return EXIT.ok;
}

export async function importFile(command: ParsedCommandLine, io: Io): Promise<ExitCode> {
  const from = text(command.values, 'from');
  if (from !== undefined && !importerById(from)) {
    const ids = [...IMPORTERS.map((i) => i.id), 'kafka', 'rabbitmq'];
    const suggestion = nearest(from, ids);
    throw new CliError(`--from must name a format${suggestion ? ` (did you mean ${suggestion}?)` : ''}: ${ids.join(', ')} (the last two read a live cluster).`);
  }
  if (command.positionals.length > 1) throw new CliError('import takes one file.');
  const input = await readInput(command.positionals[0], io);
  const result = importText(input.text, input.path, from);
  if (!result.ok) {
    throw new CliError(`${input.name} could not be imported:\n${result.errors.map((e) => `  ${e.line !== undefined ? `line ${e.line}: ` : ''}${e.path ? `${e.path}: ` : ''}${e.message}`).join('\n')}`);
  }
  return writeImported(result.design, result.report, command, io, input.name, input);
}
