/**
 * JSON Schema (draft-07) checks for the AsyncAPI export: the AsyncAPI parser
 * validates message payloads against the draft-07 meta-schema, so the
 * exporter refuses what it would reject, and rewrites a schema's local
 * `$ref`s to point into the document.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = Record<string, unknown>;

const SIMPLE_TYPES = new Set(['array', 'boolean', 'integer', 'null', 'number', 'object', 'string']);
const SCHEMA_KEYWORDS = ['additionalItems', 'contains', 'additionalProperties', 'propertyNames', 'if', 'then', 'else', 'not'];
const SCHEMA_MAP_KEYWORDS = ['definitions', 'properties', 'patternProperties'];
const SCHEMA_ARRAY_KEYWORDS = ['allOf', 'anyOf', 'oneOf'];
const STRING_KEYWORDS = ['$id', '$schema', '$ref', '$comment', 'title', 'description', 'pattern', 'format', 'contentMediaType', 'contentEncoding'];
const NUMBER_KEYWORDS = ['maximum', 'exclusiveMaximum', 'minimum', 'exclusiveMinimum'];
const COUNT_KEYWORDS = ['maxLength', 'minLength', 'maxItems', 'minItems', 'maxProperties', 'minProperties'];
const BOOLEAN_KEYWORDS = ['readOnly', 'writeOnly', 'uniqueItems'];

/** Stable text for deep equality (ajv's uniqueItems ignores key order). */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Obj)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

function unique(items: unknown[]): boolean {
  return new Set(items.map(canonical)).size === items.length;
}

export function isObject(value: unknown): value is Obj {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The first way `schema` breaks the draft-07 meta-schema, with its path, or `undefined`. */
export function jsonSchemaProblem(schema: unknown, path = '(root)'): string | undefined {
  if (typeof schema === 'boolean') return undefined;
  if (!isObject(schema)) return `${path} must be an object or a boolean`;
  const at = (key: string) => (path === '(root)' ? key : `${path}.${key}`);
  for (const key of STRING_KEYWORDS) if (key in schema && typeof schema[key] !== 'string') return `${at(key)} must be a string`;
  for (const key of NUMBER_KEYWORDS) if (key in schema && typeof schema[key] !== 'number') return `${at(key)} must be a number`;
  for (const key of BOOLEAN_KEYWORDS) if (key in schema && typeof schema[key] !== 'boolean') return `${at(key)} must be true or false`;
  for (const key of COUNT_KEYWORDS) {
    if (key in schema && !(typeof schema[key] === 'number' && Number.isInteger(schema[key]) && (schema[key] as number) >= 0)) return `${at(key)} must be a whole number ≥ 0`;
  }
  if ('multipleOf' in schema && !(typeof schema.multipleOf === 'number' && schema.multipleOf > 0)) return `${at('multipleOf')} must be a number > 0`;
  if ('examples' in schema && !Array.isArray(schema.examples)) return `${at('examples')} must be an array`;
  if ('enum' in schema) {
    if (!Array.isArray(schema.enum) || schema.enum.length === 0) return `${at('enum')} must be a non-empty array`;
    if (!unique(schema.enum)) return `${at('enum')} lists the same value twice`;
  }
  if ('type' in schema) {
    const type = schema.type;
    const ok = typeof type === 'string' ? SIMPLE_TYPES.has(type) : Array.isArray(type) && type.length > 0 && type.every((t) => typeof t === 'string' && SIMPLE_TYPES.has(t)) && unique(type);
    if (!ok) return `${at('type')} must be one of ${[...SIMPLE_TYPES].join(', ')} (or a list of them without repeats)`;
  }
  if ('required' in schema) {
    const required = schema.required;
    if (!Array.isArray(required) || !required.every((r) => typeof r === 'string') || !unique(required)) return `${at('required')} must be a list of distinct property names`;
  }
  for (const key of SCHEMA_KEYWORDS) {
    if (key in schema) {
      const problem = jsonSchemaProblem(schema[key], at(key));
      if (problem) return problem;
    }
  }
  for (const key of SCHEMA_MAP_KEYWORDS) {
    if (!(key in schema)) continue;
    const map = schema[key];
    if (!isObject(map)) return `${at(key)} must be an object`;
    for (const [name, sub] of Object.entries(map)) {
      const problem = jsonSchemaProblem(sub, `${at(key)}.${name}`);
      if (problem) return problem;
    }
  }
  for (const key of SCHEMA_ARRAY_KEYWORDS) {
    if (!(key in schema)) continue;
    const list = schema[key];
    if (!Array.isArray(list) || list.length === 0) return `${at(key)} must be a non-empty list of schemas`;
    for (let i = 0; i < list.length; i++) {
      const problem = jsonSchemaProblem(list[i], `${at(key)}[${i}]`);
      if (problem) return problem;
    }
  }
  if ('items' in schema) {
    const items = schema.items;
    if (Array.isArray(items)) {
      if (items.length === 0) return `${at('items')} must be a schema or a non-empty list of schemas`;
      for (let i = 0; i < items.length; i++) {
        const problem = jsonSchemaProblem(items[i], `${at('items')}[${i}]`);
        if (problem) return problem;
      }
    } else {
      const problem = jsonSchemaProblem(items, at('items'));
      if (problem) return problem;
    }
  }
  if ('dependencies' in schema) {
    const dependencies = schema.dependencies;
    if (!isObject(dependencies)) return `${at('dependencies')} must be an object`;
    for (const [name, dep] of Object.entries(dependencies)) {
      if (Array.isArray(dep)) {
        if (!dep.every((d) => typeof d === 'string') || !unique(dep)) return `${at('dependencies')}.${name} must be a schema or a list of distinct property names`;
      } else {
        const problem = jsonSchemaProblem(dep, `${at('dependencies')}.${name}`);
        if (problem) return problem;
      }
    }
  }
  return undefined;
}

/** Follows a local JSON pointer fragment (`#/a/b`) inside `root`. */
function resolvePointer(root: unknown, fragment: string): boolean {
  if (fragment === '' || fragment === '/') return fragment === '';
  if (!fragment.startsWith('/')) return false;
  let node: unknown = root;
  for (const raw of fragment.slice(1).split('/')) {
    let token: string;
    try {
      token = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    } catch {
      return false;
    }
    if (Array.isArray(node)) {
      if (!/^(0|[1-9]\d*)$/.test(token) || Number(token) >= node.length) return false;
      node = node[Number(token)];
    } else if (isObject(node) && Object.hasOwn(node, token)) node = node[token];
    else return false;
  }
  return true;
}

/**
 * A copy of `schema` whose `$ref`s point into the document at `base`, or why
 * that is impossible. Every object with a string `$ref` is rewritten, as the
 * parser's resolver follows them wherever they are.
 */
export function relocateRefs(schema: Json, base: string): { ok: true; value: Json } | { ok: false; reason: string } {
  let failure: string | undefined;
  const walk = (value: Json): Json => {
    if (Array.isArray(value)) return value.map(walk);
    if (value === null || typeof value !== 'object') {
      if (typeof value === 'number' && !Number.isFinite(value)) failure ??= 'it holds a number JSON cannot represent (infinity or NaN)';
      return value;
    }
    const out: { [key: string]: Json } = {};
    for (const [key, child] of Object.entries(value)) out[key] = walk(child);
    const ref = value.$ref;
    if (typeof ref === 'string') {
      if (!ref.startsWith('#')) failure ??= `it refers to ${JSON.stringify(ref)} outside itself; inline that schema (the export never fetches documents)`;
      else if (!resolvePointer(schema, ref.slice(1))) failure ??= `its $ref ${JSON.stringify(ref)} points to nothing in the schema`;
      else out.$ref = `${base}${ref.slice(1)}`;
    }
    return out;
  };
  const value = walk(schema);
  return failure ? { ok: false, reason: failure } : { ok: true, value };
}
