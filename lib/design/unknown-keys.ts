import type { z } from 'zod';
import { nearest } from './nearest';

/**
 * Keys a design file has that its schema does not know. Validation drops them,
 * so without this list a misspelt `partitons: 6` would vanish and the review
 * would judge a value nobody wrote. Maps that take any key (Kafka configs,
 * queue arguments) are not listed here: their unknown names are the review's
 * business (kafka/unknown-setting), because the broker itself would see them.
 */
export interface UnknownKey {
  /** Where the key is, as keys from the document's root: `['nodes', 2, 'partitons']`. */
  keys: PropertyKey[];
  /** The known key it most likely meant, when one is close. */
  didYouMean?: string;
}

const MAX_REPORTED = 50;

/** The zod 4 definition fields this walk reads. */
interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  getter?: () => z.ZodType;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  element?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
  discriminator?: string;
  values?: unknown[];
}

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** The schema that judges the value: past optional, default, lazy and pipe wrappers. */
function unwrap(schema: z.ZodType): Def {
  let def = defOf(schema);
  for (let depth = 0; depth < 20; depth++) {
    const inner = def.innerType ?? def.in ?? def.getter?.();
    if (!inner) return def;
    def = defOf(inner);
  }
  return def;
}

/** For a discriminated union, the option the value's discriminator names. */
function unionOption(def: Def, value: Record<string, unknown>): z.ZodType | undefined {
  if (!def.discriminator || !def.options) return undefined;
  const tag = value[def.discriminator];
  return def.options.find((option) => {
    const field = unwrap(option).shape?.[def.discriminator!];
    return field !== undefined && unwrap(field).values?.includes(tag) === true;
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Every key of `input` that `schema` does not know, in document order. */
export function unknownKeys(input: unknown, schema: z.ZodType): UnknownKey[] {
  const found: UnknownKey[] = [];
  const walk = (value: unknown, at: z.ZodType, keys: PropertyKey[]): void => {
    if (found.length >= MAX_REPORTED) return;
    const def = unwrap(at);
    if (def.type === 'array' && def.element && Array.isArray(value)) {
      value.forEach((item, i) => walk(item, def.element!, [...keys, i]));
    } else if (def.type === 'record' && def.valueType && isRecord(value)) {
      for (const [key, item] of Object.entries(value)) walk(item, def.valueType, [...keys, key]);
    } else if (def.type === 'union' && isRecord(value)) {
      const option = unionOption(def, value);
      if (option) walk(value, option, keys);
    } else if (def.type === 'object' && def.shape && isRecord(value)) {
      const known = Object.keys(def.shape);
      for (const [key, item] of Object.entries(value)) {
        if (key in def.shape) walk(item, def.shape[key], [...keys, key]);
        else if (!def.catchall && found.length < MAX_REPORTED) found.push({ keys: [...keys, key], didYouMean: nearest(key, known) });
      }
    }
  };
  walk(input, schema, []);
  return found;
}
