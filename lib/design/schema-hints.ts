import type { YamlTextIndex } from './yaml-text-index';

/**
 * Completion and hover documentation for a design's YAML text from the
 * design's JSON Schema (design-json-schema: plain objects, node kinds as a
 * `oneOf` told apart by `kind`, no `$ref`). Written here rather than taken
 * from codemirror-json-schema, which brings shiki and markdown-it (several
 * hundred kB) for the same two questions: which keys fit here, and what does
 * this key mean.
 */

export type JsonSchema = {
  type?: string | string[];
  description?: string;
  default?: unknown;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  additionalProperties?: JsonSchema | boolean;
  items?: JsonSchema;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
};

export interface Suggestion {
  label: string;
  /** Text to insert for it. */
  apply: string;
  type: 'property' | 'value';
  detail?: string;
  info?: string;
}

export interface Completions {
  /** Where the word being completed starts. */
  from: number;
  options: Suggestion[];
}

/** The schema of the value at `path`; `valueAt` tells node kinds apart (a `oneOf` branch is chosen by its `kind` const). */
export function schemaAt(root: JsonSchema, path: ReadonlyArray<string | number>, valueAt: (path: ReadonlyArray<string | number>) => unknown): JsonSchema | undefined {
  let schema: JsonSchema | undefined = resolve(root, valueAt([]));
  for (let i = 0; i < path.length && schema; i++) {
    const key = path[i];
    const next: JsonSchema | undefined =
      typeof key === 'number' ? schema.items : (schema.properties?.[key] ?? (typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined));
    schema = next && resolve(next, valueAt(path.slice(0, i + 1)));
  }
  return schema;
}

/** One schema for a value: the `oneOf` branch its `kind` names, the object branch of an `anyOf`, `allOf` merged. */
function resolve(schema: JsonSchema, value: unknown): JsonSchema {
  if (schema.oneOf) {
    const kind = value && typeof value === 'object' ? (value as Record<string, unknown>).kind : undefined;
    const branch = schema.oneOf.find((b) => b.properties?.kind?.const === kind);
    if (branch) return resolve(branch, value);
    // Until a kind is written, only `kind` is known; offer its values.
    const kinds = schema.oneOf.map((b) => b.properties?.kind?.const).filter((k) => k !== undefined);
    return { type: 'object', properties: { kind: { type: 'string', enum: kinds, description: 'What this node is; its other settings follow from it' } } };
  }
  if (schema.anyOf) return resolve(schema.anyOf.find((b) => b.properties || b.items) ?? schema.anyOf[0], value);
  if (schema.allOf) return schema.allOf.reduce<JsonSchema>((merged, part) => ({ ...merged, ...part, properties: { ...merged.properties, ...part.properties } }), {});
  return schema;
}

const KEY_LINE = /^(\s*)(- +)?([A-Za-z0-9_.-]*)$/;
const VALUE_LINE = /^(\s*)(- +)?([A-Za-z0-9_.-]+):[ \t]+([^#]*)$/;

/** What fits at `offset`: the keys the mapping there does not have yet, or the values a key allows. */
export function completionsAt(root: JsonSchema, text: string, offset: number, index: YamlTextIndex): Completions | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  const valueMatch = VALUE_LINE.exec(before);
  if (valueMatch) {
    const [, indent, dash = '', key, typed] = valueMatch;
    const mapPath = mappingPathAt(text, lineStart, indent.length, dash.length, index);
    const schema = mapPath && schemaAt(root, [...mapPath, key], index.valueAt);
    const values = schema ? valuesOf(schema) : [];
    return values.length > 0 ? { from: offset - typed.length, options: values } : undefined;
  }
  const keyMatch = KEY_LINE.exec(before);
  if (!keyMatch) return undefined;
  const [, indent, dash = '', typed] = keyMatch;
  const mapPath = mappingPathAt(text, lineStart, indent.length, dash.length, index);
  if (!mapPath) return undefined;
  const schema = schemaAt(root, mapPath, index.valueAt);
  if (!schema?.properties) return undefined;
  const present = dash ? {} : asRecord(index.valueAt(mapPath));
  const options = Object.entries(schema.properties)
    .filter(([name]) => !(name in present) || name === typed)
    .map(([name, property]): Suggestion => ({ label: name, apply: `${name}: `, type: 'property', detail: typeName(property), info: describe(property) }));
  return { from: offset - typed.length, options };
}

/** The documentation of the key under `offset`, or undefined when the offset is not on a key the schema knows. */
export function hoverAt(root: JsonSchema, offset: number, index: YamlTextIndex): { from: number; to: number; title: string; text: string } | undefined {
  const { path, key } = index.pathAt(offset);
  if (!key) return undefined;
  const schema = schemaAt(root, [...path, key.name], index.valueAt);
  if (!schema) return undefined;
  return { from: key.from, to: key.to, title: `${key.name}: ${typeName(schema) ?? 'value'}`, text: describe(schema) ?? '' };
}

/**
 * The path of the mapping a key typed on the line at `lineStart` belongs to
 * (`indent` spaces, then `dash` chars of a list item's `- `): a sibling key
 * above at the same column, else the key whose value the line is indented
 * under. A line starting a list item (`- `) starts the item after the one above.
 */
function mappingPathAt(text: string, lineStart: number, indent: number, dash: number, index: YamlTextIndex): (string | number)[] | undefined {
  const column = indent + dash;
  for (let end = lineStart - 1; end > 0;) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    end = start - 1;
    const content = /^(\s*)(- +)?([^\s#].*)?$/.exec(line);
    if (!content?.[3]) continue;
    const lineIndent = content[1].length;
    const keyColumn = lineIndent + (content[2]?.length ?? 0);
    if (dash > 0 && content[2] && lineIndent === indent) {
      const { path } = index.pathAt(start + keyColumn);
      const last = path.length - 1;
      return typeof path[last] === 'number' ? [...path.slice(0, last), (path[last] as number) + 1] : undefined;
    }
    if (dash === 0 && keyColumn === column) return index.pathAt(start + keyColumn).path;
    if (keyColumn < column || (dash > 0 && lineIndent < indent)) {
      const at = index.pathAt(start + keyColumn);
      if (!at.key) return undefined;
      return dash > 0 ? [...at.path, at.key.name, 0] : [...at.path, at.key.name];
    }
  }
  return dash > 0 ? undefined : [];
}

function valuesOf(schema: JsonSchema): Suggestion[] {
  const values = schema.enum ?? (schema.const !== undefined ? [schema.const] : schema.type === 'boolean' ? [true, false] : []);
  return values.map((value) => ({ label: String(value), apply: String(value), type: 'value', detail: value === schema.default ? 'default' : undefined }));
}

function typeName(schema: JsonSchema): string | undefined {
  if (schema.enum) return schema.enum.map(String).join(' | ');
  if (schema.const !== undefined) return String(schema.const);
  return Array.isArray(schema.type) ? schema.type.join(' | ') : schema.type;
}

/** The schema's description, with its default and bounds: what a person needs before typing a value. */
function describe(schema: JsonSchema): string | undefined {
  const parts = [schema.description];
  if (schema.default !== undefined && typeof schema.default !== 'object') parts.push(`Default: ${String(schema.default)}`);
  if (schema.minimum !== undefined || schema.maximum !== undefined) parts.push(`Range: ${schema.minimum ?? '…'} to ${schema.maximum ?? '…'}`);
  const text = parts.filter(Boolean).join('. ');
  return text || undefined;
}

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
