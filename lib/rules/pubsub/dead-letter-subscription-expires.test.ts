import { testRule } from '../rule-tester';
import { deadLetterSubscriptionExpires } from './dead-letter-subscription-expires';

const dlq = (fields: Record<string, unknown> = {}) => ({
  nodes: [
    { kind: 'pubsub-topic', id: 'orders' },
    { kind: 'pubsub-subscription', id: 'billing' },
    { kind: 'pubsub-topic', id: 'dlt' },
    { kind: 'pubsub-subscription', id: 'dlt-sub', ...fields },
  ],
  connections: [
    { from: 'orders', to: 'billing' },
    { from: 'billing', to: 'dlt', kind: 'dead-letter' as const },
    { from: 'dlt', to: 'dlt-sub' },
  ],
});

testRule(deadLetterSubscriptionExpires, {
  valid: [
    { name: 'the dead-letter subscription never expires', design: dlq({ expirationTtlSeconds: 0 }) },
    {
      name: 'a work subscription keeps the default expiration (its consumers keep it active)',
      design: {
        nodes: [
          { kind: 'pubsub-topic', id: 't' },
          { kind: 'pubsub-subscription', id: 's' },
        ],
        connections: [{ from: 't', to: 's' }],
      },
    },
  ],
  invalid: [
    {
      name: 'the default 31-day expiration on the subscription of a dead-letter policy’s topic',
      design: dlq(),
      findings: [{ target: 'dlt-sub', messageIncludes: 'after 31 days without a subscriber reading it (Pub/Sub’s default expiration policy)' }],
      output: { nodes: { 'dlt-sub': { expirationTtlSeconds: 0 } } },
    },
    {
      name: 'a set TTL on a topic declared as dead-letter',
      design: {
        nodes: [
          { kind: 'pubsub-topic', id: 'parked', role: 'dead-letter' },
          { kind: 'pubsub-subscription', id: 'parked-sub', expirationTtlSeconds: 7 * 86_400 },
        ],
        connections: [{ from: 'parked', to: 'parked-sub' }],
      },
      findings: [{ target: 'parked-sub', messageIncludes: 'after 7 days without a subscriber reading it (its expiration policy)' }],
      output: { nodes: { 'parked-sub': { expirationTtlSeconds: 0 } } },
    },
  ],
});
