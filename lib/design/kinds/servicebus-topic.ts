import { z } from 'zod';
import { baseNodeFields, channelRoleSchema, messageSchemaSchema } from '../fields';
import { circle } from './icon';
import { defineKind } from './kind';
import { servicebusSenderEntityFields } from './servicebus-entity-fields';

/**
 * An Azure Service Bus topic, with the ARM property names. Each subscription is a `subscription`
 * connection to a `servicebus-subscription` node, which keeps its own copy of every message its
 * rules accept. Topics need a Standard or Premium namespace.
 */
export const servicebusTopic = defineKind({
  kind: 'servicebus-topic',
  label: 'Service Bus topic',
  description: 'Azure Service Bus: copies each message to every subscription whose rules match it.',
  look: { color: '#005a9e', shape: 'channel', group: 'Azure Service Bus', icon: [circle(4, 8, 2), 'M6 8h3M9 8l3-4M9 8h3M9 8l3 4', circle(13, 4, 1.2), circle(13, 8, 1.2), circle(13, 12, 1.2)] },
  broker: 'servicebus',
  clusterBrokers: ['servicebus'],
  channel: 'routes',
  schema: z.object({
    kind: z.literal('servicebus-topic'),
    ...baseNodeFields,
    ...servicebusSenderEntityFields,
    supportOrdering: z.boolean().optional(),
    role: channelRoleSchema,
    messageSchema: messageSchemaSchema.default({ format: 'none', registry: false }),
  }),
  outgoing: { subscription: ['servicebus-subscription'] },
  servicesPublish: true,
});
export type ServicebusTopicNode = z.infer<typeof servicebusTopic.schema>;
