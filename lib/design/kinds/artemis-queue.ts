import { z } from 'zod';
import { baseNodeFields, channelRoleSchema, messageSchemaSchema } from '../fields';
import { rect } from './icon';
import { defineKind } from './kind';

/**
 * An ActiveMQ Artemis queue, bound to one address (the address's `bind` connection) and taking its
 * routing type. Settings keep the names of `<queue>` in `broker.xml`. A JMS topic subscription is a
 * multicast queue: a durable subscription a durable one, a shared subscription one queue read by
 * several consumers.
 */
export const artemisQueue = defineKind({
  kind: 'artemis-queue',
  label: 'Artemis queue',
  description: 'Holds the messages its address routes to it until consumers acknowledge them.',
  look: { color: '#a61e4d', shape: 'channel', group: 'ActiveMQ Artemis', icon: [rect(1.5, 4, 13, 8, 1.5), 'M5 4v8M8 4v8', 'M10.5 8h2.5'] },
  broker: 'artemis',
  clusterBrokers: ['artemis'],
  channel: 'stores',
  schema: z.object({
    kind: z.literal('artemis-queue'),
    ...baseNodeFields,
    durable: z.boolean().default(true),
    filter: z.string().min(1).max(2000).optional(),
    exclusive: z.boolean().optional(),
    'last-value-key': z.string().min(1).max(255).optional(),
    'group-rebalance': z.boolean().optional(),
    'group-buckets': z.number().int().min(-1).optional(),
    'max-consumers': z.number().int().min(-1).optional(),
    'purge-on-no-consumers': z.boolean().optional(),
    role: channelRoleSchema,
    messageSchema: messageSchemaSchema.default({ format: 'none', registry: false }),
    depthAlert: z.boolean().default(false),
    depthAlertMessages: z.number().int().min(0).max(1_000_000_000).optional(),
  }),
  outgoing: { consume: ['consumer-group'] },
});
export type ArtemisQueueNode = z.infer<typeof artemisQueue.schema>;
