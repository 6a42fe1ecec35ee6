import type { PropertySchema } from './json-schema-of';

/** A scalar type of one property, when a person must type it (no default, no fixed choices). */
function typedType(schema: PropertySchema): 'string' | 'number' | undefined {
  if (schema.enum || schema.default !== undefined || schema.const !== undefined) return undefined;
  const t = Array.isArray(schema.type) ? schema.type.find((x) => x !== 'null') : schema.type;
  if (t === 'string') return 'string';
  if (t === 'number' || t === 'integer') return 'number';
  return undefined;
}

/** The required fields of a new list item that only a person can fill in (a policy's name and pattern), in schema order. */
export function fieldsToAsk(item: PropertySchema): Array<{ key: string; type: 'string' | 'number' }> {
  const required = new Set(item.required ?? []);
  return Object.entries(item.properties ?? {}).flatMap(([key, prop]) => {
    const type = required.has(key) ? typedType(prop) : undefined;
    return type ? [{ key, type }] : [];
  });
}

/**
 * A new list item: what the person typed for `fieldsToAsk`, and for every other required field the
 * smallest value its schema takes (the first choice, an empty record or list, a nested item), so the
 * schema's defaults fill in the rest when it is saved.
 */
export function starterItem(item: PropertySchema, typed: Readonly<Record<string, string | number>>): Record<string, unknown> {
  const value: Record<string, unknown> = {};
  for (const key of item.required ?? []) {
    const prop = item.properties?.[key];
    if (!prop) continue;
    if (Object.hasOwn(typed, key)) value[key] = typed[key];
    else if (prop.const !== undefined) value[key] = prop.const;
    else if (prop.default !== undefined) continue;
    else if (prop.enum) value[key] = prop.enum[0];
    else if (prop.properties) value[key] = starterItem(prop, {});
    else if (prop.type === 'object') value[key] = {};
    else if (prop.type === 'array') value[key] = prop.minItems && prop.items?.enum ? [prop.items.enum[0]] : [];
  }
  return value;
}

/**
 * Whether an absent optional settings group cannot be filled in field by field: it has required
 * fields a person must type (a CloudEvents envelope's type and source), so no single field's edit
 * would make a valid group. Such a group starts from a small form instead (OptionalGroup).
 */
export function needsStarter(group: PropertySchema): boolean {
  return fieldsToAsk(group).length > 0;
}
