import { z } from 'zod';
import { PULSAR_SUBSCRIPTION_TYPES } from './pulsar-enums';
import { baseNodeFields } from '../fields';
import { rect } from './icon';
import { defineKind } from './kind';

/**
 * An Apache Pulsar subscription on a topic: a named cursor whose type decides
 * how its consumers share the messages (Exclusive, Shared, Failover,
 * Key_Shared), with the consumer settings that decide redelivery, under the
 * Java client's configuration names. Its topic is the incoming `subscription`
 * connection, its consumers `consume` connections, its dead letter topic the
 * outgoing `dead-letter` connection (used once `maxRedeliverCount` is set).
 * Unset settings take the client's defaults (lib/brokers/pulsar/defaults.ts).
 */
export const pulsarSubscription = defineKind({
  kind: 'pulsar-subscription',
  label: 'Pulsar subscription',
  description: 'Apache Pulsar: a named cursor on a topic; its type decides how consumers share messages and in what order.',
  look: { color: '#0f6fcc', shape: 'channel', group: 'Pulsar', icon: [rect(1.5, 3.5, 13, 9, 1.5), 'M4.5 8h5M8 6l2 2-2 2M12 6v4'] },
  broker: 'pulsar',
  clusterBrokers: ['pulsar'],
  channel: 'stores',
  schema: z.object({
    kind: z.literal('pulsar-subscription'),
    ...baseNodeFields,
    subscriptionType: z.enum(PULSAR_SUBSCRIPTION_TYPES).optional(),
    subscriptionInitialPosition: z.enum(['Latest', 'Earliest']).optional(),
    ackTimeoutMillis: z
      .number()
      .int()
      .refine((v) => v === 0 || v >= 1000, 'At least 1000 ms, or 0 for none')
      .optional(),
    negativeAckRedeliveryDelayMicros: z.number().int().min(0).optional(),
    maxRedeliverCount: z.number().int().min(1).max(1_000_000).optional(),
    retryEnable: z.boolean().optional(),
    depthAlert: z.boolean().default(false),
  }),
  outgoing: { consume: ['consumer-group'], 'dead-letter': ['pulsar-topic'] },
});
export type PulsarSubscriptionNode = z.infer<typeof pulsarSubscription.schema>;
