import packageJson from '../package.json';
import { AUDIT_OPTIONS, AUDIT_USAGE, EXPORT_OPTIONS, IMPORT_OPTIONS, LINT_OPTIONS, LIVE_OPTIONS, LIVE_SOURCES, LIVE_USAGE, RULES_OPTIONS, SIMULATE_OPTIONS } from './command-options';
import { CliError, EXIT, type ExitCode, type Io } from './io';
import { nearest } from './nearest';
import { parseOptions, text, type OptionSpec, type ParsedCommandLine } from './options';

export const USAGE = `queuewright — lint, export, import and simulate message-queue designs

Usage:
  queuewright lint <design|glob|->… [--format text|json|sarif] [--fail-on error|warning|info]
  queuewright export <design|-> --to <format> [--out <dir>] [--force]
  queuewright import <file|->… [--from <format>] [--vhost <vhost>] [--out <design.json|yaml>] [--force]
${LIVE_USAGE}${AUDIT_USAGE}  queuewright simulate <design|-> [--scenario name[,name…]] [--seed N] [--duration 1h] [--format text|json] [--prices <file.json>]
      Scenarios: steady, crash[:5m][@group], spike[:3], slow[:4][@group], poison, outage[:5m][@group], broker-loss[:5m], hot-key[:0.5]
  queuewright rules [--format text|json]
  queuewright --version

A file argument of - reads standard input. --out never overwrites a file without --force.
Exit codes: 0 clean (audit, plan: the cluster matches), 1 findings at or above --fail-on (default error) or a cluster that
differs, 2 unreadable input, an unreachable cluster, an I/O failure or bad arguments.
`;

export const VERSION: string = packageJson.version;

/** Each command: its flags, and its code, loaded only when it runs (the command line starts fast). */
const COMMANDS: Record<string, { options: OptionSpec; run(command: ParsedCommandLine, io: Io): Promise<ExitCode> }> = {
  lint: { options: LINT_OPTIONS, run: async (c, io) => (await import('./lint')).lint(c, io) },
  export: { options: EXPORT_OPTIONS, run: async (c, io) => (await import('./export')).exportDesign(c, io) },
  import: {
    options: IMPORT_OPTIONS,
    run: async (c, io) => {
      if ((LIVE_SOURCES as readonly string[]).includes(text(c.values, 'from') ?? '')) return (await import('./import-live')).importFromCluster(c, io);
      // --vhost also names the vhost of a RabbitMQ per-vhost export file.
      const live = Object.keys(LIVE_OPTIONS).find((flag) => flag !== 'vhost' && c.values[flag] !== undefined);
      if (live) throw new CliError(`--${live} is for importing a live cluster (--from ${LIVE_SOURCES.join(', ')}).`);
      return (await import('./import-file')).importFile(c, io);
    },
  },
  audit: { options: AUDIT_OPTIONS, run: async (c, io) => (await import('./audit')).auditCommand('audit', c, io) },
  plan: { options: AUDIT_OPTIONS, run: async (c, io) => (await import('./audit')).auditCommand('plan', c, io) },
  apply: { options: AUDIT_OPTIONS, run: async (c, io) => (await import('./audit')).auditCommand('apply', c, io) },
  simulate: { options: SIMULATE_OPTIONS, run: async (c, io) => (await import('./simulate')).simulateCommand(c, io) },
  rules: { options: RULES_OPTIONS, run: async (c, io) => (await import('./rules')).rules(c, io) },
};

/** Runs the command line. Never throws for what a user can cause: every such failure is one line on stderr and exit 2. */
export async function main(argv: readonly string[], io: Io): Promise<ExitCode> {
  const [first, ...rest] = argv;
  try {
    if (first === undefined || first.startsWith('-')) {
      const { values, positionals } = parseOptions(argv, {}, 'queuewright');
      if (values.version) return print(io, `${VERSION}\n`);
      if (values.help) return print(io, USAGE);
      if (positionals.length > 0) throw new CliError(`put the command first: queuewright ${positionals[0]} …`);
      io.stderr.write(USAGE);
      return EXIT.usage;
    }
    const command = COMMANDS[first];
    if (!command) {
      const suggestion = nearest(first, Object.keys(COMMANDS));
      throw new CliError(`unknown command "${first}".${suggestion ? ` Did you mean ${suggestion}?` : ''} Commands: ${Object.keys(COMMANDS).join(', ')} (queuewright --help).`);
    }
    const parsed = parseOptions(rest, command.options, first);
    if (parsed.values.version) return print(io, `${VERSION}\n`);
    if (parsed.values.help) return print(io, USAGE);
    return await command.run(parsed, { ...io, env: io.env ?? process.env });
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr.write(`queuewright: ${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}

function print(io: Io, content: string): ExitCode {
  io.stdout.write(content);
  return EXIT.ok;
}
