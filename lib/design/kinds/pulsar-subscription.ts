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
    subscriptionType: z
      .enum(PULSAR_SUBSCRIPTION_TYPES)
      .optional()
      .meta({ description: 'Exclusive and Failover: one active consumer, in order; Shared: round robin, no order; Key_Shared: in order per key (client default: Exclusive)' }),
    subscriptionInitialPosition: z.enum(['Latest', 'Earliest']).optional().meta({ description: 'Where a new subscription starts (client default: Latest)' }),
    ackTimeoutMillis: z
      .number()
      .int()
      .refine((v) => v === 0 || v >= 1000, 'At least 1000 ms, or 0 for none')
      .optional()
      .meta({ description: 'Redelivers a message not acknowledged within this time; 0 = never (client default: 0)' }),
    negativeAckRedeliveryDelayMicros: z.number().int().min(0).optional().meta({ description: 'Delay before a negatively acknowledged message is redelivered (client default: 60000000, one minute)' }),
    maxRedeliverCount: z
      .number()
      .int()
      .min(1)
      .max(1_000_000)
      .optional()
      .meta({ description: 'Dead letter policy: deliveries before a message goes to the dead letter topic (unset: no dead letter policy, redelivered forever)' }),
    retryEnable: z.boolean().optional().meta({ description: 'reconsumeLater() sends to the retry letter topic {topic}-{subscription}-RETRY (client default: off)' }),
    depthAlert: z.boolean().default(false).meta({ description: 'Alerts on the subscription backlog' }),
  }),
  outgoing: { consume: ['consumer-group'], 'dead-letter': ['pulsar-topic'] },
});
export type PulsarSubscriptionNode = z.infer<typeof pulsarSubscription.schema>;
