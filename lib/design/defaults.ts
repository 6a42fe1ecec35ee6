import { clusterSchema, type Broker } from './cluster';
import { reviewSettingsSchema } from './design';
import { kindDefinition } from './kinds';
import { requirementsSchema } from './requirements';
import { deepEqual, isPlainObject } from './deep-equal';

/**
 * What a design document may leave out (a design file, an autosave, a share
 * link): the values a field takes when it is absent, as the schemas say. A node's nested settings object (e.g. a producer's `kafka`) has two
 * defaults — the whole object's when it is left out, and each field's when the
 * object is present but partial — and the two can differ, so both are kept.
 */
export interface Defaults {
  /** The value of each field when it is left out. */
  whole: Record<string, unknown>;
  /** For nested objects: the value of each inner field when the object is given but the field is not. */
  inner: Record<string, Record<string, unknown> | undefined>;
}

const nodeDefaults = new Map<string, Defaults | undefined>();

function defaultsOf(parse: (input: Record<string, unknown>) => { success: boolean; data?: unknown }, base: Record<string, unknown>): Defaults | undefined {
  const whole = parse(base);
  if (!whole.success || !isPlainObject(whole.data)) return undefined;
  const inner: Defaults['inner'] = {};
  for (const [key, value] of Object.entries(whole.data)) {
    if (!isPlainObject(value)) continue;
    const partial = parse({ ...base, [key]: {} });
    inner[key] = partial.success && isPlainObject(partial.data) && isPlainObject(partial.data[key]) ? partial.data[key] : undefined;
  }
  return { whole: whole.data, inner };
}

/** Defaults of a node kind (undefined for an unknown kind). Ids and names here are placeholders. */
export function nodeKindDefaults(kind: string): Defaults | undefined {
  if (!nodeDefaults.has(kind)) {
    const definition = kindDefinition(kind);
    nodeDefaults.set(kind, definition ? kindDefaults(definition) : undefined);
  }
  return nodeDefaults.get(kind);
}

/**
 * A kind's defaults. A field the kind requires (a connector's class) has no
 * default: the parse gets a placeholder for it, which is then dropped, so a
 * writer never leaves it out.
 */
function kindDefaults(definition: NonNullable<ReturnType<typeof kindDefinition>>): Defaults | undefined {
  const parse = (input: Record<string, unknown>) => definition.schema.safeParse(input);
  const base: Record<string, unknown> = { kind: definition.kind, id: 'x', name: 'x' };
  const bare = parse(base);
  const required = bare.success ? [] : [...new Set(bare.error.issues.map((issue) => String(issue.path[0])))];
  const placeholders = Object.fromEntries(required.map((key) => [key, (definition.recommended as Record<string, unknown> | undefined)?.[key]]));
  const defaults = defaultsOf(parse, { ...base, ...placeholders });
  for (const key of required) delete defaults?.whole[key];
  return defaults;
}

const clusterDefaults = new Map<string, Defaults | undefined>();

export function clusterBrokerDefaults(broker: Broker): Defaults | undefined {
  if (!clusterDefaults.has(broker))
    clusterDefaults.set(
      broker,
      defaultsOf((input) => clusterSchema.safeParse(input), { id: 'x', name: 'x', broker }),
    );
  return clusterDefaults.get(broker);
}

export const REQUIREMENTS_DEFAULTS: Record<string, unknown> = requirementsSchema.parse({});
export const REVIEW_DEFAULTS: Record<string, unknown> = reviewSettingsSchema.parse({});

/**
 * `value` without what `defaults` would fill in again. Fields in `keep` stay.
 * Nested objects are written partially, against their inner defaults.
 */
export function stripDefaults(value: Record<string, unknown>, defaults: Defaults | undefined, keep: ReadonlySet<string> = new Set()): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (field === undefined || keep.has(key)) continue;
    if (defaults && deepEqual(field, defaults.whole[key])) continue;
    const inner = defaults?.inner[key];
    out[key] = inner && isPlainObject(field) ? stripFlat(field, inner) : field;
  }
  return out;
}

/** Leaves out the fields equal to their default, one level deep. */
export function stripFlat(value: Record<string, unknown>, defaults: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (field !== undefined && !deepEqual(field, defaults[key])) out[key] = field;
  }
  return out;
}
