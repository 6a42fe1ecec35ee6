import { z } from 'zod';
import { baseNodeFields, channelRoleSchema, durationSchema, messageSchemaSchema } from '../fields';
import { defineKind } from './kind';

/** A JetStream stream, with the server's config names (`num_replicas`, `max_age`, …). */
export const natsStream = defineKind({
  kind: 'nats-stream',
  label: 'NATS JetStream stream',
  description: 'Stores messages published to its subjects.',
  look: { color: '#1098ad', shape: 'channel', group: 'NATS', icon: ['M1.5 5c2-2 4 2 6.5 0s4.5 2 6.5 0M1.5 11c2-2 4 2 6.5 0s4.5 2 6.5 0'] },
  broker: 'nats',
  clusterBrokers: ['nats'],
  channel: 'stores',
  schema: z.object({
    kind: z.literal('nats-stream'),
    ...baseNodeFields,
    subjects: z.array(z.string().min(1).max(255)).max(1000).default([]),
    retention: z.enum(['limits', 'interest', 'workqueue']).optional(),
    storage: z.enum(['file', 'memory']).optional(),
    num_replicas: z.number().int().min(1).max(5).optional(),
    max_age: durationSchema.optional(),
    max_bytes: z.number().int().min(-1).optional(),
    max_msgs: z.number().int().min(-1).optional(),
    max_msg_size: z.number().int().min(-1).optional(),
    discard: z.enum(['old', 'new']).optional(),
    duplicate_window: durationSchema.optional(),
    role: channelRoleSchema,
    messageSchema: messageSchemaSchema.default({ format: 'none', registry: false }),
    depthAlert: z.boolean().default(false),
    depthAlertMessages: z.number().int().min(0).max(1_000_000_000).optional(),
  }),
  outgoing: { consume: ['consumer-group'] },
  servicesPublish: true,
  takesDeadLettersFromConsumers: true,
  recommended: { num_replicas: 3 },
});
export type NatsStreamNode = z.infer<typeof natsStream.schema>;
