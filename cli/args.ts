/** Minimal argument parsing: positionals and `--flag value` / `--flag=value` options. */
export interface Args {
  positionals: string[];
  options: Record<string, string>;
}

const BOOLEAN_FLAGS = new Set(['help', 'version', 'tls', 'tls-insecure']);

export function parseArgs(argv: readonly string[]): Args {
  const positionals: string[] = [];
  const options: Record<string, string> = Object.create(null);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
      if (inline !== undefined) options[name] = inline;
      else if (BOOLEAN_FLAGS.has(name)) options[name] = 'true';
      else if (i + 1 < argv.length) options[name] = argv[++i];
      else options[name] = '';
    } else if (arg === '-h') options.help = 'true';
    else positionals.push(arg);
  }
  return { positionals, options };
}
