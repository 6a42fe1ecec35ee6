import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { formatDesignErrors, readDesign, writeDesignJson, writeDesignYaml } from '../lib/design';
import { EXPORTERS, exporterById } from '../lib/exporters';
import { IMPORTERS, importFiles, importText, importerById, noteText } from '../lib/importers';
import { RULES, computeScore, runRules, type Severity } from '../lib/rules';
import { parseArgs } from './args';
import { CliError, EXIT, readInput, type Io } from './io';
import { importFromCluster, LIVE_SOURCES, LIVE_USAGE } from './import-live';
import { toSarif } from './sarif';

const USAGE = `queuewright — lint, export and import message-queue designs

Usage:
  queuewright lint <design.(json|yaml)> [--format text|json|sarif] [--fail-on error|warning|info]
  queuewright export <design> --to <format> [--out <dir>]
  queuewright import <file>... [--from <format>] [--out <design.json|yaml>] [--vhost <vhost>]
${LIVE_USAGE}  queuewright rules [--format text|json]

Exit codes: 0 clean, 1 findings at or above --fail-on (default error), 2 unreadable input or bad arguments.
`;

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const { positionals, options } = parseArgs(argv);
  const [command, file] = positionals;
  try {
    if (!command || options.help) {
      io.stdout.write(USAGE);
      return command || options.help ? EXIT.ok : EXIT.usage;
    }
    switch (command) {
      case 'lint':
        return lint(file, options, io);
      case 'rules':
        return rules(options, io);
      case 'export':
        return exportDesign(file, options, io);
      case 'import':
        if ((LIVE_SOURCES as readonly string[]).includes(options.from ?? '')) return await importFromCluster(options, { ...io, env: io.env ?? process.env });
        return importFile(positionals.slice(1), options, io);
      default:
        throw new CliError(`Unknown command "${command}".\n\n${USAGE}`);
    }
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr.write(`queuewright: ${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}

function choice<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T, flag: string): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new CliError(`--${flag} must be one of ${allowed.join(', ')}, not "${value}".`);
}

function lint(file: string | undefined, options: Record<string, string>, io: Io): number {
  const format = choice(options.format, ['text', 'json', 'sarif'] as const, 'text', 'format');
  const failOn = choice(options['fail-on'], ['error', 'warning', 'info'] as const, 'error', 'fail-on');
  const input = readInput(file, io.cwd);
  // Connections to missing nodes are reported as findings rather than refusing the file.
  const result = readDesign(input.text, { allowGraphProblems: true });
  if (!result.ok) throw new CliError(`${file} is not a readable design:\n${formatDesignErrors(result.errors)}`);
  const findings = runRules(result.design, RULES);
  const score = computeScore(findings);
  const counted = findings.filter((f) => !f.accepted);
  if (format === 'json') {
    io.stdout.write(
      `${JSON.stringify(
        {
          file: relative(io.cwd, input.path),
          score: { overall: score.overall, categories: score.categories },
          findings: findings.map(({ fix, ...f }) => ({ ...f, fixable: Boolean(fix) })),
        },
        null,
        2,
      )}\n`,
    );
  } else if (format === 'sarif') {
    io.stdout.write(`${JSON.stringify(toSarif(findings, RULES, result.design, input.text, relative(io.cwd, input.path)), null, 2)}\n`);
  } else {
    for (const f of findings) {
      const where = f.target.type === 'design' ? 'design' : f.target.id;
      io.stdout.write(`${f.severity.padEnd(7)} ${f.ruleId}  ${where}: ${f.message}${f.accepted ? ` (accepted: ${f.accepted.reason})` : ''}\n`);
    }
    const counts = (['error', 'warning', 'info'] as const).map((s) => `${counted.filter((f) => f.severity === s).length} ${s}${s === 'info' ? '' : 's'}`);
    io.stdout.write(`\nScore ${score.overall}/100 · ${counts.join(', ')}\n`);
  }
  return counted.some((f) => RANK[f.severity] <= RANK[failOn]) ? EXIT.findings : EXIT.ok;
}

function rules(options: Record<string, string>, io: Io): number {
  const format = choice(options.format, ['text', 'json'] as const, 'text', 'format');
  const list = RULES.map((r) => ({ id: r.meta.id, category: r.meta.category, severity: r.meta.severity, summary: r.meta.docs.summary }));
  if (format === 'json') io.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
  else for (const r of list) io.stdout.write(`${r.id.padEnd(52)} ${r.severity.padEnd(8)} ${r.category.padEnd(15)} ${r.summary}\n`);
  return EXIT.ok;
}

function exportDesign(file: string | undefined, options: Record<string, string>, io: Io): number {
  const exporter = exporterById(options.to ?? '');
  if (!exporter) throw new CliError(`--to must name a format: ${EXPORTERS.map((e) => e.id).join(', ')}.`);
  const input = readInput(file, io.cwd);
  const result = readDesign(input.text);
  if (!result.ok) throw new CliError(`${file} is not a readable design:\n${formatDesignErrors(result.errors)}`);
  const exported = exporter.export(result.design);
  if (!exported.ok) throw new CliError(`cannot export to ${exporter.id}:\n${exported.errors.map((e) => `  ${e.nodeId ? `${e.nodeId}: ` : ''}${e.message}`).join('\n')}`);
  if (options.out) {
    const dir = resolve(io.cwd, options.out);
    for (const f of exported.files) {
      const target = resolve(dir, f.path);
      if (!target.startsWith(dir)) throw new CliError(`refusing to write outside ${options.out}: ${f.path}`);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, f.content);
      io.stderr.write(`wrote ${relative(io.cwd, target)}\n`);
    }
  } else {
    for (const f of exported.files) io.stdout.write(exported.files.length > 1 ? `# ---- ${f.path}\n${f.content}\n` : f.content);
  }
  return EXIT.ok;
}

/** Imports one file, or a set read together (a JulieOps descriptor with its plans, a folder of NATS configurations). */
function importFile(files: readonly string[], options: Record<string, string>, io: Io): number {
  const inputs = (files.length > 0 ? files : [undefined]).map((f) => readInput(f, io.cwd));
  if (options.from && !importerById(options.from)) throw new CliError(`--from must name a format: ${IMPORTERS.map((i) => i.id).join(', ')} (or kafka, rabbitmq for a live cluster).`);
  // --vhost: the vhost of a RabbitMQ per-vhost export, whose items name none.
  const importOptions = options.vhost ? { vhost: options.vhost } : {};
  const result =
    inputs.length === 1 ? importText(inputs[0].text, inputs[0].path, options.from, importOptions) : importFiles(inputs.map((i) => ({ path: i.path, text: i.text })), options.from, importOptions);
  if (!result.ok) {
    throw new CliError(`${files.join(', ')} could not be imported:\n${result.errors.map((e) => `  ${e.line !== undefined ? `line ${e.line}: ` : ''}${e.path ? `${e.path}: ` : ''}${e.message}`).join('\n')}`);
  }
  for (const note of result.report) io.stderr.write(`note: ${noteText(note)}\n`);
  const yaml = options.out ? !options.out.endsWith('.json') : true;
  const text = yaml ? writeDesignYaml(result.design) : writeDesignJson(result.design);
  if (options.out) {
    writeFileSync(resolve(io.cwd, options.out), text);
    io.stderr.write(`wrote ${options.out} (${result.design.nodes.length} nodes, ${result.report.length} report notes)\n`);
  } else io.stdout.write(text);
  return EXIT.ok;
}
