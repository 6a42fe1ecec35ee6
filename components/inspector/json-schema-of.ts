import { z } from 'zod';

/** A JSON Schema property, as much of it as the form needs. */
export interface PropertySchema {
  type?: string | string[];
  enum?: unknown[];
  default?: unknown;
  description?: string;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  minItems?: number;
  pattern?: string;
  properties?: Record<string, PropertySchema>;
  required?: string[];
  items?: PropertySchema;
  additionalProperties?: unknown;
  anyOf?: PropertySchema[];
  const?: unknown;
}

const cache = new WeakMap<z.ZodType, PropertySchema>();

/** The JSON Schema of a zod schema (as people write it: defaults optional), cached. The inspector is generated from it. */
export function jsonSchemaOf(schema: z.ZodType): PropertySchema {
  let json = cache.get(schema);
  if (!json) {
    json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as PropertySchema;
    cache.set(schema, json);
  }
  return json;
}
