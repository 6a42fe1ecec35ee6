import fc from 'fast-check';
import { hostileString } from '../arbitrary-primitives';
import { messageSchema, type KindArbitraries } from './shared';

/** Arbitrary settings of the Google Pub/Sub kinds. */
export const PUBSUB_FIELDS: KindArbitraries<'pubsub-topic' | 'pubsub-subscription'> = {
  'pubsub-topic': () =>
    fc.record(
      { messageRetentionDuration: fc.integer({ min: 600, max: 2_678_400 }), allowedPersistenceRegions: fc.array(fc.constantFrom('europe-west1', 'us-central1'), { maxLength: 2 }), messageSchema },
      { requiredKeys: [] },
    ),
  'pubsub-subscription': () =>
    fc.record(
      {
        deliveryType: fc.constantFrom('pull', 'push', 'bigquery', 'cloudStorage'),
        ackDeadlineSeconds: fc.integer({ min: 10, max: 600 }),
        enableMessageOrdering: fc.boolean(),
        enableExactlyOnceDelivery: fc.boolean(),
        filter: hostileString(256),
        maxDeliveryAttempts: fc.integer({ min: 5, max: 100 }),
        expirationTtlSeconds: fc.constantFrom(0, 86_400, 2_678_400),
      },
      { requiredKeys: [] },
    ),
};
