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
  'max-delivery-attempts': z.number().int().min(-1).optional(),
  'redelivery-delay': z.number().int().min(0).optional(),
  'redelivery-delay-multiplier': z.number().min(1).max(100).optional(),
  'max-redelivery-delay': z.number().int().min(0).optional(),
  'expiry-address': z.string().min(1).max(255).optional(),
  'address-full-policy': z.enum(ARTEMIS_ADDRESS_FULL_POLICIES).optional(),
  'max-size-bytes': z.number().int().min(-1).optional(),
  'max-size-messages': z.number().int().min(-1).optional(),
  'default-last-value-queue': z.boolean().optional(),
  'default-last-value-key': z.string().min(1).max(255).optional(),
  'default-exclusive-queue': z.boolean().optional(),
  'default-group-rebalance': z.boolean().optional(),
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
    routingType: z.enum(ARTEMIS_ROUTING_TYPES).default('anycast'),
    settings: artemisAddressSettingsSchema.default({}),
    messageSchema: messageSchemaSchema.default({ format: 'none', registry: false }),
  }),
  // The dead-letter address is an address setting, so a `dead-letter` connection to another address.
  outgoing: { bind: ['artemis-queue'], 'dead-letter': ['artemis-address'] },
  servicesPublish: true,
  recommended: { settings: { 'max-delivery-attempts': 5, 'redelivery-delay': 1000, 'redelivery-delay-multiplier': 2, 'max-redelivery-delay': 60_000 } },
});
export type ArtemisAddressNode = z.infer<typeof artemisAddress.schema>;
