import type { RuleDocs } from '../rule-docs';
import { ARTEMIS_DOCS } from './_sources';

/** The docs and examples of `artemis/dead-letter-address-has-queue`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'An Artemis address keeps nothing itself: a message routed to an address with no queue bound to it goes nowhere. When a message exhausts max-delivery-attempts, Artemis sends it to the dead-letter address; if that address has no queue, the broker logs AMQ222148 ("… to Dead Letter Address …, but it has no bindings so dropping it") and the message is gone, exactly as if there were no dead-letter address. Queuewright\'s Artemis test shows it on a real 2.40 broker. Unless auto-create-dead-letter-resources is on (default false), nothing creates that queue for you.',
  howToFix: 'Bind an anycast queue to the dead-letter address (the JMS convention names it like the address). The fix adds one with a depth alert.',
  sources: [ARTEMIS_DOCS.undeliveredMessages, ARTEMIS_DOCS.addressModel],
  examples: {
    failing: {
      nodes: [
        { kind: 'artemis-address', id: 'orders', name: 'orders' },
        { kind: 'artemis-address', id: 'dla', name: 'DLA' },
      ],
      connections: [{ from: 'orders', to: 'dla', kind: 'dead-letter' }],
    },
    passing: {
      nodes: [
        { kind: 'artemis-address', id: 'orders', name: 'orders' },
        { kind: 'artemis-address', id: 'dla', name: 'DLA' },
        { kind: 'artemis-queue', id: 'dlq', name: 'DLQ', role: 'dead-letter' },
      ],
      connections: [
        { from: 'orders', to: 'dla', kind: 'dead-letter' },
        { from: 'dla', to: 'dlq' },
      ],
    },
  },
};
