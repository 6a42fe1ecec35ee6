/**
 * The guards every piece of untrusted data passes, whatever its syntax:
 * bounded size and depth, no prototype keys. Kept apart from the text
 * parsers so that code reading already-parsed data (autosave, share links)
 * does not carry a YAML parser.
 */

export const MAX_INPUT_BYTES = 5 * 1024 * 1024;
export const MAX_DEPTH = 64;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const PROTO_KEY_ONLY = new Set(['__proto__']);

export interface ParseOptions {
  /**
   * Accept keys named `constructor` and `prototype` (`__proto__` is always
   * refused). Importers read third-party files where these are ordinary names
   * (a JSON Schema property, a header, a message); they look keys up with
   * `Object.hasOwn` and never copy them into a design. The design reader
   * keeps refusing them.
   */
  allowPrototypeNames?: boolean;
}

export interface TextProblem {
  message: string;
  /** JSON-pointer-like path into the data, e.g. `nodes[3].name`. */
  path?: string;
  line?: number;
  column?: number;
}

export type TextParseResult = { ok: true; data: unknown } | { ok: false; code: 'too-large' | 'syntax' | 'too-deep' | 'forbidden-key'; problem: TextProblem };

/** Rejects prototype keys and excessive depth in parsed data (iteratively: no stack to overflow). */
export function checkData(data: unknown, options: ParseOptions = {}): TextParseResult {
  const forbidden = options.allowPrototypeNames ? PROTO_KEY_ONLY : FORBIDDEN_KEYS;
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value: data, path: '', depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth > MAX_DEPTH) return { ok: false, code: 'too-deep', problem: { message: `The data is nested more than ${MAX_DEPTH} levels deep.`, path } };
    if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push({ value: item, path: `${path}[${i}]`, depth: depth + 1 }));
      continue;
    }
    if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) {
      return { ok: false, code: 'forbidden-key', problem: { message: 'The data contains a value that is not plain data.', path } };
    }
    for (const key of Object.keys(value)) {
      const childPath = path ? `${path}.${key}` : key;
      if (forbidden.has(key)) {
        return { ok: false, code: 'forbidden-key', problem: { message: `The key "${key}" is not allowed (it could change how objects behave).`, path: childPath } };
      }
      stack.push({ value: (value as Record<string, unknown>)[key], path: childPath, depth: depth + 1 });
    }
  }
  return { ok: true, data };
}
