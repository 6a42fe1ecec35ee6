import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from './io';
import { nearest } from './nearest';

/**
 * Flags for one command, parsed by Node's `util.parseArgs` in strict mode: an
 * unknown flag, a missing value or a value given to a switch is refused (a
 * misspelt `--failon warning` must not pass CI silently), with the nearest
 * valid flag when there is one.
 */

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export interface ParsedCommandLine {
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
}

/** Flags every command takes. */
export const COMMON_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const satisfies OptionSpec;

export function parseOptions(argv: readonly string[], options: OptionSpec, command: string): ParsedCommandLine {
  const all = { ...COMMON_OPTIONS, ...options };
  try {
    const { positionals, values } = parseArgs({ args: [...argv], options: all, strict: true, allowPositionals: true });
    return { positionals, values: values as ParsedCommandLine['values'] };
  } catch (error) {
    throw new CliError(diagnose(argv, all, command) ?? `${command}: ${(error as Error).message.split('. ')[0]}.`);
  }
}

/** Says which argument strict parsing refused and why, from the same parser's tokens. */
function diagnose(argv: readonly string[], options: OptionSpec, command: string): string | undefined {
  const { tokens } = parseArgs({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true });
  const names = Object.keys(options);
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const option = options[token.name];
    if (!option) {
      const suggestion = nearest(token.name, names);
      return `${command}: unknown option ${token.rawName}.${suggestion ? ` Did you mean --${suggestion}?` : ''} (${command} --help lists the options.)`;
    }
    if (option.type === 'string' && token.value === undefined) return `${command}: ${token.rawName} needs a value (${token.rawName} <value> or ${token.rawName}=<value>).`;
    if (option.type === 'boolean' && token.value !== undefined) return `${command}: ${token.rawName} is a switch and takes no value.`;
  }
  return undefined;
}

/** A string option restricted to `allowed`, or `fallback` when absent. */
export function choice<T extends string>(value: string | boolean | undefined, allowed: readonly T[], fallback: T, flag: string): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  const suggestion = typeof value === 'string' ? nearest(value, allowed) : undefined;
  throw new CliError(`--${flag} must be one of ${allowed.join(', ')}, not "${String(value)}".${suggestion ? ` Did you mean ${suggestion}?` : ''}`);
}

/** A string option's value (undefined when absent). */
export function text(values: ParsedCommandLine['values'], name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}
