import type { RuleDocs } from '../rule-docs';
import { PUBSUB_DOCS } from './_sources';

const design = (filter?: string) => ({
  queuewright: 2,
  nodes: [
    { kind: 'pubsub-topic', id: 'orders' },
    { kind: 'pubsub-subscription', id: 'billing', maxDeliveryAttempts: 10 },
    { kind: 'pubsub-topic', id: 'orders-dead-letter', role: 'dead-letter' },
    { kind: 'pubsub-subscription', id: 'orders-dead-letter-sub', expirationTtlSeconds: 0, ...(filter === undefined ? {} : { filter }) },
  ],
  connections: [
    { from: 'orders', to: 'billing' },
    { from: 'billing', to: 'orders-dead-letter' },
    { from: 'orders-dead-letter', to: 'orders-dead-letter-sub' },
  ],
});

/** The docs and examples of `pubsub/dead-letter-subscription-filtered`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'A subscription with a filter receives only the messages whose attributes match it; Pub/Sub acknowledges the others on its behalf. On a dead-letter topic that means every dead letter the filter does not match is acknowledged as soon as it arrives and is never seen: a filter written for the happy path (attributes.region = "eu") silently discards the failures of every other region, and a message that failed because its attributes were wrong is the likeliest to miss the filter. As long as one subscription of the dead-letter topic has no filter, every dead letter is kept there.',
  howToFix:
    'Give the dead-letter topic a subscription without a filter (route by attribute later, when reading the dead letters). A filter cannot be changed after a subscription is created: create a new subscription without one; the fix removes the filter from the design.',
  sources: [PUBSUB_DOCS.filtering, PUBSUB_DOCS.deadLetterTopics],
  examples: { failing: design('attributes.region = "eu"'), passing: design() },
};
