import { z } from 'zod';
import { PUBSUB_LIMITS } from './pubsub-limits';
import { baseNodeFields, channelRoleSchema, messageSchemaSchema } from '../fields';
import { circle } from './icon';
import { defineKind } from './kind';

const { messageRetentionSeconds: retention } = PUBSUB_LIMITS;

/**
 * A Google Cloud Pub/Sub topic, with the API's field names. Its
 * subscriptions are `subscription` connections to `pubsub-subscription`
 * nodes; a topic with none keeps nothing (published messages are dropped).
 * The message schema is the topic's schema when it is Avro or Protocol
 * Buffers and registered.
 */
export const pubsubTopic = defineKind({
  kind: 'pubsub-topic',
  label: 'Pub/Sub topic',
  description: 'Google Cloud Pub/Sub: receives messages and hands each to every subscription.',
  look: { color: '#1a73e8', shape: 'channel', group: 'Google Cloud', icon: [circle(8, 8, 2), circle(3, 4, 1.5), circle(13, 4, 1.5), circle(8, 13.5, 1.5), 'M6.3 7 4.3 5M9.7 7l2-2M8 10v2'] },
  broker: 'pubsub',
  clusterBrokers: ['pubsub'],
  channel: 'routes',
  schema: z.object({
    kind: z.literal('pubsub-topic'),
    ...baseNodeFields,
    messageRetentionDuration: z.number().int().min(retention.min).max(retention.max).optional(),
    allowedPersistenceRegions: z
      .array(z.string().regex(/^[a-z]+-[a-z]+\d+$/, 'A Google Cloud region, e.g. europe-west1'))
      .max(100)
      .optional(),
    enforceInTransit: z.boolean().optional(),
    kmsKeyName: z
      .string()
      .regex(/^projects\/[^/]+\/locations\/[^/]+\/keyRings\/[^/]+\/cryptoKeys\/[^/]+$/, 'projects/*/locations/*/keyRings/*/cryptoKeys/*')
      .optional(),
    schemaEncoding: z.enum(['JSON', 'BINARY']).optional(),
    role: channelRoleSchema,
    messageSchema: messageSchemaSchema.default({ format: 'none', registry: false }),
  }),
  outgoing: { subscription: ['pubsub-subscription'] },
  servicesPublish: true,
  takesDeadLettersFromConsumers: true,
});
export type PubsubTopicNode = z.infer<typeof pubsubTopic.schema>;
