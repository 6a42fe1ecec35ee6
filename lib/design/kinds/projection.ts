import { z } from 'zod';
import { baseNodeFields } from '../fields';
import { consumerRequirementsSchema } from '../requirements';
import { rect } from './icon';
import { defineKind } from './kind';

/**
 * A projection: a read model built by applying events in order (CQRS query
 * side). It is fed by an event store directly (a catch-up subscription) or
 * by a consumer group that writes it.
 */
export const projection = defineKind({
  kind: 'projection',
  label: 'Projection',
  description: 'A read model kept up to date from events; rebuildable by replay.',
  // A table: the read model a projection keeps.
  look: { color: '#5c940d', shape: 'channel', group: 'Event sourcing', icon: [rect(1.5, 2.5, 13, 11, 1.5), 'M1.5 6h13M6 6v7.5'] },
  clusterBrokers: [],
  channel: 'none',
  schema: z.object({
    kind: z.literal('projection'),
    ...baseNodeFields,
    requirements: consumerRequirementsSchema.default({}),
    targetStore: z.enum(['postgresql', 'redis', 'elasticsearch', 'mongodb', 'dynamodb', 'other']).default('postgresql'),
    idempotentApply: z.boolean().default(false),
    rebuild: z.enum(['none', 'from-start', 'from-position']).default('from-start'),
    checkpoint: z.enum(['none', 'with-read-model', 'separate']).default('with-read-model'),
    mode: z.enum(['asynchronous', 'synchronous']).default('asynchronous'),
  }),
  outgoing: {},
});
export type ProjectionNode = z.infer<typeof projection.schema>;
