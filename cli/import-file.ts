import { writeDesignJson, type Design } from '../lib/design';
import { writeDesignYaml } from '../lib/design/write-design-yaml';
import { IMPORTERS, importFiles, importText, importerById } from '../lib/families';
import { noteText } from '../lib/importers';
import type { ImportNote } from '../lib/importers';
import { nearest } from './nearest';
import { CliError, EXIT, readInput, STDIN, type ExitCode, type Input, type Io } from './io';
import { text, type ParsedCommandLine } from './options';
import { writeOutputFile } from './write-output';

/**
 * `queuewright import <file|->… [--from <format>] [--vhost <vhost>] [--out <design.json|yaml>] [--force]`: any
 * supported file to a design, or several read together (a JulieOps descriptor with its plans file, a folder of
 * NATS configurations). `--vhost` names the vhost of a RabbitMQ per-vhost export, whose items name none.
 */

/** The imported design as YAML (or JSON for a .json --out), to --out (never over a file without --force) or standard output. */
export function writeImported(design: Design, report: readonly ImportNote[], command: ParsedCommandLine, io: Io, source: string, input?: Input): ExitCode {
  // A note about the whole file has no path: `note: message`, never `note: : message`.
  for (const note of report) io.stderr.write(`note: ${noteText(note)}\n`);
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
  const names = command.positionals.length > 0 ? command.positionals : [undefined];
  if (names.filter((n) => n === STDIN).length > 1) throw new CliError('import reads standard input (-) once.');
  const inputs: Input[] = [];
  for (const name of names) inputs.push(await readInput(name, io));
  const vhost = text(command.values, 'vhost');
  const options = vhost !== undefined ? { vhost } : {};
  const result =
    inputs.length === 1
      ? importText(inputs[0].text, inputs[0].path, from, options)
      : importFiles(
          inputs.map((i) => ({ path: i.path ?? i.name, text: i.text })),
          from,
          options,
        );
  const shown = inputs.map((i) => i.name).join(', ');
  if (!result.ok) {
    throw new CliError(`${shown} could not be imported:\n${result.errors.map((e) => `  ${e.line !== undefined ? `line ${e.line}: ` : ''}${e.path ? `${e.path}: ` : ''}${e.message}`).join('\n')}`);
  }
  return writeImported(result.design, result.report, command, io, shown, inputs.length === 1 ? inputs[0] : undefined);
}
