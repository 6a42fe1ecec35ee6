import { z } from 'zod';
import { baseNodeFields, messageSchemaSchema } from '../fields';
import { defineKind } from './kind';

/** Artemis's two routing types: point-to-point (a JMS queue) and publish-subscribe (a JMS topic). */
export const ARTEMIS_ROUTING_TYPES = ['anycast', 'multicast'] as const;
export const ARTEMIS_ADDRESS_FULL_POLICIES = ['PAGE', 'BLOCK', 'DROP', 'FAIL'] as const;

/**
 * The `<address-setting>` of one address, by the names `broker.xml` gives them. Unset keys take
 * Artemis's defaults (lib/brokers/artemis/address-settings-defaults.ts). The dead-letter address is
 * the address's `dead-letter` connection, so the canvas draws it; the exporter writes it back as
 * `<dead-letter-address>`.
 */
export const artemisAddressSettingsSchema = z.object({
  'max-delivery-attempts': z
    .number()
    .int()
    .min(-1)
    .optional()
    .meta({ description: 'Deliveries before a message goes to the dead-letter address, or is removed without one (-1: forever; Artemis default: 10)' }),
  'redelivery-delay': z.number().int().min(0).optional().meta({ description: 'ms before a rolled-back message is redelivered (Artemis default: 0, at once)' }),
  'redelivery-delay-multiplier': z.number().min(1).max(100).optional().meta({ description: 'Each redelivery waits this times the previous delay (Artemis default: 1.0)' }),
  'max-redelivery-delay': z.number().int().min(0).optional().meta({ description: 'ms the growing redelivery delay stops at (Artemis default: redelivery-delay × 10)' }),
  'expiry-address': z.string().min(1).max(255).optional().meta({ description: 'Where expired messages go (Artemis default: none, they are removed)' }),
  'address-full-policy': z.enum(ARTEMIS_ADDRESS_FULL_POLICIES).optional().meta({ description: 'What happens when the address reaches max-size-bytes or max-size-messages (Artemis default: PAGE)' }),
  'max-size-bytes': z.number().int().min(-1).optional().meta({ description: 'Bytes in memory before the full policy applies (-1: only the global-max-size; Artemis default: -1)' }),
  'max-size-messages': z.number().int().min(-1).optional().meta({ description: 'Messages in memory before the full policy applies (Artemis default: -1, no limit)' }),
  'default-last-value-queue': z.boolean().optional().meta({ description: 'Queues on this address keep only the latest message per last-value key (Artemis default: false)' }),
  'default-last-value-key': z.string().min(1).max(255).optional().meta({ description: 'The property whose value identifies the "last value"' }),
  'default-exclusive-queue': z.boolean().optional().meta({ description: 'Queues on this address deliver to one consumer at a time (Artemis default: false)' }),
  'default-group-rebalance': z.boolean().optional().meta({ description: 'Message groups are rebalanced when a consumer joins (Artemis default: false)' }),
});
export type ArtemisAddressSettings = z.infer<typeof artemisAddressSettingsSchema>;

/**
 * An ActiveMQ Artemis address: producers send to it and it routes each message to the queues bound
 * to it (`bind` connections to `artemis-queue`): anycast to one of them, multicast to every one (a JMS
 * topic, each subscription a queue).
 */
export const artemisAddress = defineKind({
  kind: 'artemis-address',
  label: 'Artemis address',
  description: 'Routes messages to its queues: anycast (one queue) or multicast (every queue).',
  look: { color: '#c2255c', shape: 'channel', group: 'ActiveMQ Artemis', icon: ['M2 8h4', 'M6 8 13 3.5M6 8h7M6 8l7 4.5', 'M11.5 2.5 13 3.5 12 5M11.5 7l1.5 1-1.5 1M12 11l1 1.5-1.5.8'] },
  broker: 'artemis',
  clusterBrokers: ['artemis'],
  channel: 'routes',
  schema: z.object({
    kind: z.literal('artemis-address'),
    ...baseNodeFields,
    routingType: z.enum(ARTEMIS_ROUTING_TYPES).default('anycast').meta({ description: 'anycast: each message goes to one queue (point-to-point); multicast: to every queue (publish-subscribe)' }),
    settings: artemisAddressSettingsSchema.default({}),
    messageSchema: messageSchemaSchema.default({ format: 'none', registry: false }),
  }),
  // The dead-letter address is an address setting, so a `dead-letter` connection to another address.
  outgoing: { bind: ['artemis-queue'], 'dead-letter': ['artemis-address'] },
  recommended: { settings: { 'max-delivery-attempts': 5, 'redelivery-delay': 1000, 'redelivery-delay-multiplier': 2, 'max-redelivery-delay': 60_000 } },
});
export type ArtemisAddressNode = z.infer<typeof artemisAddress.schema>;
