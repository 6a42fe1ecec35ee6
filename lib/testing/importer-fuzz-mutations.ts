import fc from 'fast-check';
import { parseAllDocuments, stringify } from 'yaml';

/**
 * How the importer fuzz test changes a real file: text edits (truncate,
 * insert YAML/JSON syntax, delete, duplicate) and structural edits (replace a
 * value with a hostile one, delete or rename a key) on the parsed documents.
 */

const SPECIAL = ['{', '}', '[', ']', ':', '-', '\n', '"', "'", '&a ', '*a', '!!binary ', '|', '>', '%', '@', '`', '#', '\t', '\u0000', '\uFEFF', '\uD800', '---\n', '<<: ', '$ref', '__proto__'];

export const textMutation = fc.oneof(
  fc.record({ op: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ op: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), text: fc.oneof(fc.constantFrom(...SPECIAL), fc.string({ maxLength: 20 })) }),
  fc.record({ op: fc.constant('delete' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ op: fc.constant('replace' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), text: fc.constantFrom(...SPECIAL) }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 400 }) }),
);
export type TextMutation = typeof textMutation extends fc.Arbitrary<infer T> ? T : never;

export function mutateText(text: string, mutations: TextMutation[]): string {
  let out = text;
  for (const m of mutations) {
    const at = Math.floor(m.at * out.length);
    switch (m.op) {
      case 'truncate':
        out = out.slice(0, at);
        break;
      case 'insert':
        out = out.slice(0, at) + m.text + out.slice(at);
        break;
      case 'delete':
        out = out.slice(0, at) + out.slice(at + m.length);
        break;
      case 'replace':
        out = out.slice(0, at) + m.text + out.slice(at + 1);
        break;
      case 'duplicate':
        out = out.slice(0, at + m.length) + out.slice(at, at + m.length) + out.slice(at + m.length);
        break;
    }
  }
  return out;
}

const HOSTILE_VALUES: unknown[] = [
  '',
  ' ',
  '__proto__',
  'constructor',
  'prototype',
  'amq.gen-x',
  '#',
  '{x}',
  '*',
  '>',
  '\u0000',
  'a'.repeat(300),
  'ü'.repeat(200),
  'x'.repeat(20_000),
  -1,
  0,
  1.5,
  -0,
  1e308,
  Number.MAX_SAFE_INTEGER + 2,
  true,
  false,
  null,
  [],
  {},
  [null],
  { $ref: '#' },
  { $ref: '#/' },
  { $ref: '#/components' },
  { $ref: 'https://example.invalid/x.json' },
  { $ref: '#/constructor/prototype' },
  { $ref: '#/__proto__' },
  '(a+)+$',
  '^(a|a)*$',
  '.*.*.*.*x',
];
export const replacement = fc.oneof(fc.constantFrom(...HOSTILE_VALUES), fc.jsonValue({ maxDepth: 2 }), fc.string({ maxLength: 30 }));

export interface Seed {
  json: boolean;
  docs: unknown[];
}

export function parseSeed(text: string): Seed {
  if (/^\s*[{[]/.test(text)) return { json: true, docs: [JSON.parse(text)] };
  return { json: false, docs: parseAllDocuments(text).map((d) => d.toJS()) };
}

/** Every path in `value`, parent before child. */
function paths(value: unknown, prefix: Array<string | number> = [], out: Array<Array<string | number>> = []): Array<Array<string | number>> {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}

export function mutateStructure(seed: Seed, edits: Array<{ pick: number; action: 'replace' | 'delete' | 'rename'; value: unknown }>): string {
  const docs = structuredClone(seed.docs);
  for (const edit of edits) {
    const all = paths(docs).filter((p) => p.length > 0);
    if (all.length === 0) break;
    const target = all[edit.pick % all.length];
    const parent = target.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], docs) as Record<string | number, unknown> | unknown[];
    const key = target[target.length - 1];
    if (edit.action === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key as string];
    } else if (edit.action === 'rename' && !Array.isArray(parent)) {
      const value = parent[key as string];
      delete parent[key as string];
      Object.defineProperty(parent, typeof edit.value === 'string' ? edit.value : keyOf(edit.value), { value, enumerable: true, configurable: true, writable: true });
    } else (parent as Record<string | number, unknown>)[key] = edit.value;
  }
  if (seed.json) return JSON.stringify(docs[0]);
  return docs.map((d) => stringify(d, { aliasDuplicateObjects: false, lineWidth: 0 })).join('---\n');
}

/** A property name for any generated value (String() throws on objects with a non-callable toString). */
function keyOf(value: unknown): string {
  try {
    return JSON.stringify(value) ?? 'undefined';
  } catch {
    return 'key';
  }
}
