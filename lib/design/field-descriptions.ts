import { z } from 'zod';

/**
 * A field's description (what the node inspector shows under it and the JSON
 * Schema carries) lives apart from its schema, in a `*.descriptions.ts`
 * module beside it: the store validates designs with the schemas, so
 * descriptions written with `.meta()` were downloaded by every first visit to
 * the studio. They are put where `.meta()` put them, into zod's global
 * registry, when something that shows them asks (describeDesignFields).
 */

/** Descriptions by field path: `a/b` is field `b` of object field `a` (through optional, default and array wrappers). */
export type FieldDescriptions = Readonly<Record<string, string>>;

/** A zod object schema, or a plain object of field schemas that object schemas spread. */
export type FieldsRoot = z.ZodType | Readonly<Record<string, z.ZodType>>;

/** The descriptions a module holds, each set with the schema its paths start at. */
export type DescribedFields = ReadonlyArray<readonly [root: FieldsRoot, descriptions: FieldDescriptions]>;

/** The schema at `path` below `root`, or undefined where the path leaves the schema. */
export function fieldAt(root: FieldsRoot, path: string): z.ZodType | undefined {
  let shape = root instanceof z.ZodType ? shapeOf(root) : root;
  let field: z.ZodType | undefined;
  for (const key of path.split('/')) {
    if (!shape || !Object.hasOwn(shape, key)) return undefined;
    field = shape[key];
    shape = shapeOf(field);
  }
  return field;
}

/** The fields of an object schema, seen through the wrappers a field's value is written with. */
function shapeOf(schema: z.ZodType): Readonly<Record<string, z.ZodType>> | undefined {
  const def = schema._zod.def as { type: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType; element?: z.ZodType; out?: z.ZodType };
  if (def.type === 'object') return def.shape;
  const inner = def.innerType ?? def.element ?? (def.type === 'pipe' ? def.out : undefined);
  return inner ? shapeOf(inner) : undefined;
}

/**
 * Registers each description on the schema at its path, as `.meta({ description })` would have:
 * the field's own schema is the one `.meta()` was called on, so the JSON Schema comes out the same.
 * Throws on a path that names no field (a renamed field must take its description along).
 */
export function describeFields(described: DescribedFields, where: string): void {
  for (const [root, descriptions] of described) {
    for (const [path, description] of Object.entries(descriptions)) {
      const field = fieldAt(root, path);
      if (!field) throw new Error(`${where}: no field "${path}" to describe`);
      z.globalRegistry.add(field, { description });
    }
  }
}
