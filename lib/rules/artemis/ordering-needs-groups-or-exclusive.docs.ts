import type { RuleDocs } from '../rule-docs';
import { ARTEMIS_DOCS } from './_sources';

/** The docs and examples of `artemis/ordering-needs-groups-or-exclusive`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "An Artemis queue delivers to its consumers in turn, so with several consumers (or several threads) messages are processed in parallel and complete out of order. Artemis offers two ways to keep order: message groups, where every message with the same group id (JMSXGroupID, _AMQ_GROUP_ID) goes to the same consumer, which keeps order per entity while spreading entities over consumers; and exclusive queues, which deliver to one consumer at a time (the others wait as standbys), keeping the queue's whole order. A per-key-ordered flow needs either; a strictly ordered one needs an exclusive queue, since groups order only within a group.",
  howToFix:
    'For per-key order, have the producers set JMSXGroupID to the entity id (the fix does, on every producer upstream). For strict order, make the queue exclusive (exclusive="true", or default-exclusive-queue on the address); the fix does that, and for a queue without producers in the design.',
  sources: [ARTEMIS_DOCS.messageGrouping, ARTEMIS_DOCS.exclusiveQueues],
  examples: {
    failing: {
      requirements: { ordering: 'per-key' },
      nodes: [
        { kind: 'producer', id: 'api' },
        { kind: 'artemis-address', id: 'orders' },
        { kind: 'artemis-queue', id: 'q' },
        { kind: 'consumer-group', id: 'worker', instances: 3 },
      ],
      connections: [
        { from: 'api', to: 'orders' },
        { from: 'orders', to: 'q' },
        { from: 'q', to: 'worker' },
      ],
    },
    passing: {
      requirements: { ordering: 'per-key' },
      nodes: [
        { kind: 'producer', id: 'api', artemis: { messageGroupId: 'entity-id' } },
        { kind: 'artemis-address', id: 'orders' },
        { kind: 'artemis-queue', id: 'q' },
        { kind: 'consumer-group', id: 'worker', instances: 3 },
      ],
      connections: [
        { from: 'api', to: 'orders' },
        { from: 'orders', to: 'q' },
        { from: 'q', to: 'worker' },
      ],
    },
  },
};
