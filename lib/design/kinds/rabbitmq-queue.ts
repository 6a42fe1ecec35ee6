import { z } from 'zod';
import { baseNodeFields, channelRoleSchema, messageSchemaSchema } from '../fields';
import { rect } from './icon';
import { defineKind } from './kind';

/**
 * Queue arguments by their RabbitMQ names. `x-dead-letter-exchange` and
 * `x-dead-letter-routing-key` are the queue's `dead-letter` connection, so the
 * canvas can draw them; exporters write them back as these arguments.
 */
export const rabbitmqQueueArgumentsSchema = z.object({
  'x-message-ttl': z.number().int().min(0).optional(),
  'x-expires': z.number().int().min(1).optional(),
  'x-max-length': z.number().int().min(0).optional(),
  'x-max-length-bytes': z.number().int().min(0).optional(),
  'x-overflow': z.enum(['drop-head', 'reject-publish', 'reject-publish-dlx']).optional(),
  'x-delivery-limit': z.number().int().min(-1).optional(),
  'x-dead-letter-strategy': z.enum(['at-most-once', 'at-least-once']).optional(),
  'x-single-active-consumer': z.boolean().optional(),
  'x-max-priority': z.number().int().min(0).max(255).optional(),
  'x-quorum-initial-group-size': z.number().int().min(1).optional(),
  'x-max-age': z
    .string()
    .regex(/^\d+(Y|M|D|h|m|s)$/, 'x-max-age is a number with Y, M, D, h, m or s (e.g. 7D)')
    .optional(),
  'x-queue-mode': z.enum(['default', 'lazy']).optional(),
  'x-consumer-timeout': z.number().int().min(0).optional(),
});

export const rabbitmqQueue = defineKind({
  kind: 'rabbitmq-queue',
  label: 'RabbitMQ queue',
  description: 'Holds messages until consumers acknowledge them.',
  look: { color: '#e8590c', shape: 'channel', group: 'RabbitMQ', icon: [rect(1.5, 4, 13, 8, 1.5), 'M5 4v8M8 4v8M11 4v8'] },
  broker: 'rabbitmq',
  clusterBrokers: ['rabbitmq'],
  channel: 'stores',
  schema: z.object({
    kind: z.literal('rabbitmq-queue'),
    ...baseNodeFields,
    vhost: z.string().min(1).max(255).default('/'),
    type: z.enum(['classic', 'quorum', 'stream']).optional(),
    durable: z.boolean().default(true),
    exclusive: z.boolean().default(false),
    autoDelete: z.boolean().default(false),
    arguments: rabbitmqQueueArgumentsSchema.default({}),
    policy: z.record(z.string().max(200), z.union([z.string().max(1000), z.number(), z.boolean()])).optional(),
    role: channelRoleSchema,
    messageSchema: messageSchemaSchema.default({ format: 'none', registry: false }),
    depthAlert: z.boolean().default(false),
    depthAlertMessages: z.number().int().min(0).max(1_000_000_000).optional(),
  }),
  outgoing: { consume: ['consumer-group'], 'dead-letter': ['rabbitmq-exchange'] },
  servicesPublish: true,
  recommended: { type: 'quorum' },
});
export type RabbitmqQueueNode = z.infer<typeof rabbitmqQueue.schema>;
