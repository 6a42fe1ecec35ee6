import { z } from 'zod';
import { baseNodeFields, channelRoleSchema, messageSchemaSchema } from '../fields';
import { rect } from './icon';
import { defineKind } from './kind';
import { servicebusReceiverFields, servicebusSenderEntityFields } from './servicebus-entity-fields';

/**
 * An Azure Service Bus queue, with the ARM property names. Its namespace is the cluster (tier in
 * `config.sku`); senders publish to it, one consumer group receives from it (competing
 * consumers). Its dead-letter queue is built in (`$DeadLetterQueue`); a `dead-letter` connection
 * to another queue or topic is `forwardDeadLetteredMessagesTo`.
 */
export const servicebusQueue = defineKind({
  kind: 'servicebus-queue',
  label: 'Service Bus queue',
  description: 'Azure Service Bus: keeps messages under peek-lock until a receiver completes them.',
  look: { color: '#0078d4', shape: 'channel', group: 'Azure Service Bus', icon: [rect(1.5, 4, 13, 8, 1.5), 'M4.5 6.5v3M7 6.5v3M9.5 6.5v3', 'M12 8h1'] },
  broker: 'servicebus',
  clusterBrokers: ['servicebus'],
  channel: 'stores',
  schema: z.object({
    kind: z.literal('servicebus-queue'),
    ...baseNodeFields,
    ...servicebusSenderEntityFields,
    ...servicebusReceiverFields,
    role: channelRoleSchema,
    messageSchema: messageSchemaSchema.default({ format: 'none', registry: false }),
    depthAlert: z.boolean().default(false),
  }),
  outgoing: { consume: ['consumer-group'], 'dead-letter': ['servicebus-queue', 'servicebus-topic'] },
  servicesPublish: true,
  takesDeadLettersFromConsumers: true,
});
export type ServicebusQueueNode = z.infer<typeof servicebusQueue.schema>;
