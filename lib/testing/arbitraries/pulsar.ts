import fc from 'fast-check';
import { messageSchema, type KindArbitraries } from './shared';

/** Arbitrary settings of the Apache Pulsar kinds. */
export const PULSAR_FIELDS: KindArbitraries<'pulsar-topic' | 'pulsar-subscription'> = {
  'pulsar-topic': () =>
    fc.record(
      {
        persistence: fc.constantFrom('persistent', 'non-persistent'),
        partitions: fc.integer({ min: 0, max: 16 }),
        retentionTimeInMinutes: fc.integer({ min: -1, max: 10_080 }),
        messageTtlSeconds: fc.integer({ min: 0, max: 86_400 }),
        backlogQuotaLimitBytes: fc.constantFrom(-1, 1_073_741_824),
        deduplication: fc.boolean(),
        messageSchema,
      },
      { requiredKeys: [] },
    ),
  'pulsar-subscription': () =>
    fc.record(
      {
        subscriptionType: fc.constantFrom('Exclusive', 'Shared', 'Failover', 'Key_Shared'),
        ackTimeoutMillis: fc.constantFrom(0, 1000, 30_000),
        maxRedeliverCount: fc.integer({ min: 1, max: 20 }),
        retryEnable: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
};
