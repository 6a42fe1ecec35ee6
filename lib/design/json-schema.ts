import { z } from 'zod';
import { DESIGN_VERSION, designSchema } from './design';
import { describeDesignFields } from './design-field-descriptions';

/** Where the studio publishes the JSON Schema of the design file. */
export const DESIGN_JSON_SCHEMA_PATH = '/schema/design.json';

/**
 * JSON Schema of the design file as people write it (defaults may be
 * omitted). Every format version that still opens is accepted: the fields
 * are the same, and older documents are migrated on read.
 */
export function designJsonSchema(): Record<string, unknown> {
  describeDesignFields();
  const schema = z.toJSONSchema(designSchema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }) as Record<string, unknown>;
  const properties = schema.properties as Record<string, unknown>;
  properties.queuewright = { type: 'integer', minimum: 1, maximum: DESIGN_VERSION, description: `Design file format version (this one writes ${DESIGN_VERSION})` };
  return {
    ...schema,
    $id: `https://queuewright.dev${DESIGN_JSON_SCHEMA_PATH}`,
    title: 'Queuewright design',
    description: 'A message-queue / event-driven architecture design: clusters, nodes, connections, requirements and layout.',
  };
}
