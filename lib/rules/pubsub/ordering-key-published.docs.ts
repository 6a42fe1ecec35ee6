import type { RuleDocs } from '../rule-docs';
import { PUBSUB_DOCS } from './_sources';

const design = (keyStrategy: string) => ({
  queuewright: 2,
  requirements: { ordering: 'per-key' },
  nodes: [
    { kind: 'producer', id: 'cart-api', keyStrategy },
    { kind: 'pubsub-topic', id: 'cart-events' },
    { kind: 'pubsub-subscription', id: 'checkout', enableMessageOrdering: true },
    { kind: 'consumer-group', id: 'checkout-service' },
  ],
  connections: [
    { from: 'cart-api', to: 'cart-events' },
    { from: 'cart-events', to: 'checkout' },
    { from: 'checkout', to: 'checkout-service' },
  ],
});

/** The docs and examples of `pubsub/ordering-key-published`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'Pub/Sub keeps order only among messages that carry the same ordering key and were published in the same region; messages with an empty ordering key are not ordered at all, and random keys order nothing worth keeping. A subscription with message ordering enabled therefore orders a flow only if its publishers set the entity (order, account, device) as the ordering key, with message ordering enabled in the publisher client. Keys must also be published in one region: publishers of one key in two regions (behind the global endpoint) lose the order, which is why ordered publishers use a regional endpoint.',
  howToFix:
    'Publish every message of an entity with the entity id as its ordering key, with ordering enabled in the publisher client and a regional (locational) endpoint; the fix sets the key strategy to the entity id.',
  sources: [PUBSUB_DOCS.ordering, PUBSUB_DOCS.publishOrderingKeys],
  examples: { failing: design('none'), passing: design('entity-id') },
};
