import type { RuleDocs } from '../rule-docs';
import { PUBSUB_DOCS } from './_sources';

const nodes = [
  { kind: 'pubsub-topic', id: 'orders' },
  { kind: 'pubsub-subscription', id: 'billing', maxDeliveryAttempts: 10 },
  { kind: 'pubsub-topic', id: 'orders-dead-letter', role: 'dead-letter' },
];
const connections = [
  { from: 'orders', to: 'billing' },
  { from: 'billing', to: 'orders-dead-letter' },
];

/** The docs and examples of `pubsub/dead-letter-topic-subscribed`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "Pub/Sub stores a message only for the subscriptions that exist when it is published. A dead-letter topic is an ordinary topic: when a subscription gives up on a message after its maximum delivery attempts, Pub/Sub publishes it there, and with no subscription on that topic the message is gone. The dead-letter policy then hides failures instead of keeping them. Google's reference for the dead-letter policy asks users to attach a subscription to the dead-letter topic for exactly this reason.",
  howToFix:
    'Create a subscription on the dead-letter topic before the dead-letter policy sends anything there (the fix adds a pull subscription that never expires, keeps messages for 31 days and alerts on its backlog), and have someone read it.',
  sources: [PUBSUB_DOCS.deadLetterTopics, PUBSUB_DOCS.subscriptionResource],
  examples: {
    failing: { queuewright: 2, nodes, connections },
    passing: {
      queuewright: 2,
      nodes: [...nodes, { kind: 'pubsub-subscription', id: 'orders-dead-letter-sub', expirationTtlSeconds: 0 }],
      connections: [...connections, { from: 'orders-dead-letter', to: 'orders-dead-letter-sub' }],
    },
  },
};
