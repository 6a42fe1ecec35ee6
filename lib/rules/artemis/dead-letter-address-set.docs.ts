import type { RuleDocs } from '../rule-docs';
import { ARTEMIS_DOCS } from './_sources';

/** The docs and examples of `artemis/dead-letter-address-set`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "Artemis redelivers a message its consumer rolls back or fails, up to max-delivery-attempts times (default 10). Then it sends the message to the dead-letter address of the address settings; if no dead-letter address is set, the message is removed from the queue. Artemis has no dead-letter address unless one is configured: the DLQ that `artemis create` writes into a new broker.xml is that file's catch-all, not the broker's default, and a broker.xml without it drops poison messages after the last attempt. Addresses that are themselves dead-letter addresses, and max-delivery-attempts -1 (redeliver for ever), are not reported.",
  howToFix:
    'Set a dead-letter address for the address, with a queue bound to it so the messages stay there. The fix reuses the pipeline\'s dead-letter address when it has one, or adds an anycast address "<name>.DLA" with a queue "<name>.DLQ" that has a depth alert.',
  sources: [ARTEMIS_DOCS.undeliveredMessages, ARTEMIS_DOCS.addressSettings],
  examples: {
    failing: {
      nodes: [
        { kind: 'producer', id: 'api' },
        { kind: 'artemis-address', id: 'orders', name: 'orders' },
        { kind: 'artemis-queue', id: 'orders-q', name: 'orders' },
        { kind: 'consumer-group', id: 'billing' },
      ],
      connections: [
        { from: 'api', to: 'orders' },
        { from: 'orders', to: 'orders-q' },
        { from: 'orders-q', to: 'billing' },
      ],
    },
    passing: {
      nodes: [
        { kind: 'producer', id: 'api' },
        { kind: 'artemis-address', id: 'orders', name: 'orders' },
        { kind: 'artemis-queue', id: 'orders-q', name: 'orders' },
        { kind: 'artemis-address', id: 'dla', name: 'orders.DLA' },
        { kind: 'artemis-queue', id: 'dlq', name: 'orders.DLQ', role: 'dead-letter' },
        { kind: 'consumer-group', id: 'billing' },
      ],
      connections: [
        { from: 'api', to: 'orders' },
        { from: 'orders', to: 'orders-q' },
        { from: 'orders-q', to: 'billing' },
        { from: 'orders', to: 'dla', kind: 'dead-letter' },
        { from: 'dla', to: 'dlq' },
      ],
    },
  },
};
