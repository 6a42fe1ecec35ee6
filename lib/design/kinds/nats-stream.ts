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
    subjects: z.array(z.string().min(1).max(255)).max(1000).default([]).meta({ description: 'Subjects, wildcards * and > allowed' }),
    retention: z.enum(['limits', 'interest', 'workqueue']).optional().meta({ description: 'Server default: limits' }),
    storage: z.enum(['file', 'memory']).optional().meta({ description: 'Server default: file' }),
    num_replicas: z.number().int().min(1).max(5).optional().meta({ description: 'Server default: 1' }),
    max_age: durationSchema.optional().meta({ description: 'Oldest message kept, e.g. 7d (server default: unlimited)' }),
    max_bytes: z.number().int().min(-1).optional().meta({ description: 'Server default: -1 (unlimited)' }),
    max_msgs: z.number().int().min(-1).optional().meta({ description: 'Server default: -1 (unlimited)' }),
    max_msg_size: z.number().int().min(-1).optional().meta({ description: 'Server default: -1 (max_payload)' }),
    discard: z.enum(['old', 'new']).optional().meta({ description: 'Server default: old' }),
    duplicate_window: durationSchema.optional().meta({ description: 'Server default: 2m' }),
    role: channelRoleSchema,
    messageSchema: messageSchemaSchema.default({ format: 'none', registry: false }),
    depthAlert: z.boolean().default(false),
    depthAlertMessages: z.number().int().min(0).max(1_000_000_000).optional().meta({ description: 'The depth alert fires when more than this many messages wait' }),
  }),
  outgoing: { consume: ['consumer-group'] },
  recommended: { num_replicas: 3 },
});
export type NatsStreamNode = z.infer<typeof natsStream.schema>;
