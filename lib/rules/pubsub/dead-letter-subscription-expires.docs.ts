import type { RuleDocs } from '../rule-docs';
import { PUBSUB_DOCS } from './_sources';

const design = (expirationTtlSeconds?: number) => ({
  queuewright: 2,
  nodes: [
    { kind: 'pubsub-topic', id: 'orders-dead-letter', role: 'dead-letter' },
    { kind: 'pubsub-subscription', id: 'orders-dead-letter-sub', ...(expirationTtlSeconds === undefined ? {} : { expirationTtlSeconds }) },
  ],
  connections: [{ from: 'orders-dead-letter', to: 'orders-dead-letter-sub' }],
});

/** The docs and examples of `pubsub/dead-letter-subscription-expires`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'A subscription created without an expiration policy gets one with a TTL of 31 days: when no subscriber consumes from it or calls it for that long, Pub/Sub deletes it, with its backlog. Work subscriptions are busy, but the subscription of a dead-letter topic is read only when something failed, which may be less than once a month. Once it is gone the dead-letter topic has no subscription, and every later dead letter is dropped (see pubsub/dead-letter-topic-subscribed). An expiration policy set without a TTL means the subscription never expires.',
  howToFix: 'Set an expiration policy without a TTL on the dead-letter subscription (Terraform: expiration_policy { ttl = "" }; gcloud: --expiration-period=never). The fix does so.',
  sources: [PUBSUB_DOCS.subscriptionResource, PUBSUB_DOCS.subscriptionProperties],
  examples: { failing: design(), passing: design(0) },
};
