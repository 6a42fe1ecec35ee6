import { z } from 'zod';
import { designSchema } from './design';

/** Where the studio publishes the JSON Schema of the design file. */
export const DESIGN_JSON_SCHEMA_PATH = '/schema/design.v1.json';

/** JSON Schema of the design file as people write it (defaults may be omitted). */
export function designJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(designSchema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: `https://queuewright.dev${DESIGN_JSON_SCHEMA_PATH}`,
    title: 'Queuewright design',
    description: 'A message-queue / event-driven architecture design: clusters, nodes, connections, requirements and layout.',
  };
}
