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
    durable: z.boolean().default(true).meta({ description: 'Survives a broker restart (a durable subscription, for a multicast address)' }),
    filter: z.string().min(1).max(2000).optional().meta({ description: 'Selector: only matching messages enter the queue' }),
    exclusive: z.boolean().optional().meta({ description: 'Delivers to one consumer at a time, the others standing by (default: the address setting default-exclusive-queue)' }),
    'last-value-key': z.string().min(1).max(255).optional().meta({ description: 'Makes it a last-value queue: only the newest message per value of this property is kept' }),
    'group-rebalance': z.boolean().optional().meta({ description: 'Message groups are reassigned when a consumer joins' }),
    'group-buckets': z.number().int().min(-1).optional().meta({ description: 'Group ids are hashed into this many buckets (-1: unbounded)' }),
    'max-consumers': z.number().int().min(-1).optional().meta({ description: 'Consumers allowed at once (Artemis default: -1, no limit)' }),
    'purge-on-no-consumers': z.boolean().optional().meta({ description: 'Deletes its messages when the last consumer leaves' }),
    role: channelRoleSchema,
    messageSchema: messageSchemaSchema.default({ format: 'none', registry: false }),
    depthAlert: z.boolean().default(false).meta({ description: 'An alert fires on queue depth (for dead-letter queues)' }),
    depthAlertMessages: z.number().int().min(0).max(1_000_000_000).optional().meta({ description: 'The depth alert fires when more than this many messages wait' }),
  }),
  outgoing: { consume: ['consumer-group'] },
});
export type ArtemisQueueNode = z.infer<typeof artemisQueue.schema>;
