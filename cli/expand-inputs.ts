import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { CliError, STDIN } from './io';

/**
 * The files a command was given, with glob patterns expanded (`designs/*.yaml`,
 * `designs/**\/*.json`), for shells that pass patterns through unexpanded
 * (Windows, or a quoted pattern in CI). A pattern that matches nothing is an
 * error, never a silent pass. `*` and `?` do not match `/` or a leading dot;
 * `**` matches any number of folders; `[abc]` a character class.
 */

/** A lint of a whole repository is bounded: more matches than this is a mistake in the pattern. */
export const MAX_MATCHES = 10_000;
const GLOB_CHARS = /[*?[]/;

export interface ExpandedInputs {
  files: string[];
  /** Patterns that matched no file. */
  unmatched: string[];
}

export function expandInputs(args: readonly string[], cwd: string): ExpandedInputs {
  const files: string[] = [];
  const unmatched: string[] = [];
  for (const arg of args) {
    if (arg === STDIN || !GLOB_CHARS.test(arg) || exists(resolve(cwd, arg))) {
      files.push(arg);
      continue;
    }
    const matches = glob(arg, cwd);
    if (matches.length === 0) unmatched.push(arg);
    files.push(...matches);
    if (files.length > MAX_MATCHES) throw new CliError(`${arg} matches more than ${MAX_MATCHES.toLocaleString('en')} files; narrow the pattern.`);
  }
  return { files: [...new Set(files)], unmatched };
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

function segmentRegExp(segment: string): RegExp {
  let source = '';
  for (let i = 0; i < segment.length; i++) {
    const ch = segment[i];
    if (ch === '*') source += '[^/]*';
    else if (ch === '?') source += '[^/]';
    else if (ch === '[') {
      const end = segment.indexOf(']', i + 2);
      if (end < 0) source += '\\[';
      else {
        const body = segment
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\');
        source += `[${body}]`;
        i = end;
      }
    } else source += ch.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/** Paths (relative to `cwd`, as the pattern was written) that match `pattern`, sorted. */
function glob(pattern: string, cwd: string): string[] {
  const absolute = pattern.startsWith('/');
  const segments = pattern.split('/').filter((s, i) => s !== '' || i === 0);
  // The folder before the first segment with a wildcard is where the walk starts.
  const first = segments.findIndex((s) => GLOB_CHARS.test(s));
  const base = resolve(cwd, absolute ? '/' : '.', ...segments.slice(0, first).filter(Boolean));
  const rest = segments.slice(first);
  const found: string[] = [];
  walk(base, rest, found);
  return found.map((path) => (absolute ? path : relative(cwd, path))).sort();
}

function entries(dir: string): Array<{ name: string; directory: boolean }> {
  try {
    return readdirSync(dir, { withFileTypes: true }).map((e) => ({ name: e.name, directory: e.isDirectory() }));
  } catch {
    return [];
  }
}

function walk(dir: string, segments: string[], found: string[]): void {
  if (found.length > MAX_MATCHES || segments.length === 0) return;
  const [segment, ...rest] = segments;
  // A trailing `**` means every file below.
  if (segment === '**' && rest.length === 0) return walk(dir, ['**', '*'], found);
  if (segment === '**') {
    // Zero folders, then one more folder at a time.
    walk(dir, rest, found);
    for (const entry of entries(dir)) if (entry.directory && !entry.name.startsWith('.')) walk(join(dir, entry.name), segments, found);
    return;
  }
  if (!GLOB_CHARS.test(segment)) {
    const next = join(dir, segment);
    if (rest.length === 0) {
      if (exists(next)) found.push(next);
    } else walk(next, rest, found);
    return;
  }
  const matcher = segmentRegExp(segment);
  for (const entry of entries(dir)) {
    if (entry.name.startsWith('.') && !segment.startsWith('.')) continue;
    if (!matcher.test(entry.name)) continue;
    if (rest.length === 0) {
      if (!entry.directory) found.push(join(dir, entry.name));
    } else if (entry.directory) walk(join(dir, entry.name), rest, found);
  }
}
