import type { RuleDocs } from '../rule-docs';
import { PUBSUB_DOCS } from './_sources';

const design = (endpoint?: string) => ({
  queuewright: 2,
  nodes: [
    { kind: 'producer', id: 'cart-api', keyStrategy: 'entity-id', instances: 6, ...(endpoint ? { pubsub: { endpoint } } : {}) },
    { kind: 'pubsub-topic', id: 'cart-events' },
    { kind: 'pubsub-subscription', id: 'checkout', enableMessageOrdering: true },
  ],
  connections: [
    { from: 'cart-api', to: 'cart-events' },
    { from: 'cart-events', to: 'checkout' },
  ],
});

/** The docs and examples of `pubsub/ordering-regional-endpoint`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "Pub/Sub delivers the messages of one ordering key in order only when they were published in the same region. The global endpoint (pubsub.googleapis.com) sends each request to the nearest region, so a producer deployed in two regions, or one that fails over to another, can publish one key's messages in two regions, and subscribers then see them in any order. Google's own ordered-publishing samples therefore publish through a locational endpoint. This is advice (info): a producer that runs in exactly one region keeps order through the global endpoint too.",
  howToFix: 'Create the publisher client with a regional endpoint (for example europe-west1-pubsub.googleapis.com:443) in the region the topic stores its messages; the fix records that choice.',
  sources: [PUBSUB_DOCS.ordering, PUBSUB_DOCS.publishOrderingKeys],
  examples: { failing: design(), passing: design('regional') },
};
