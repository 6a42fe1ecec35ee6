import type { RuleDocs } from '../rule-docs';
import { ARTEMIS_DOCS } from './_sources';

/** The docs and examples of `artemis/durable-queue-for-at-least-once`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'Artemis persists a queue, and the durable messages in it, only when the queue is durable (the default in broker.xml). A non-durable queue lives in memory: a broker restart or a failover loses everything that waited in it (the queue itself comes back only if broker.xml declares it), and what is routed while it does not exist is kept for nobody. On a multicast address (a JMS topic) that is a non-durable subscription, which also misses what is published while its consumer is away. A flow that must deliver at least once cannot lose what is in flight that way.',
  howToFix: 'Make the queue durable (for a JMS topic subscriber: a durable, and if several instances share it, a shared durable subscription). The fix sets durable: true.',
  sources: [ARTEMIS_DOCS.addressModel, ARTEMIS_DOCS.configurationIndex],
  examples: {
    failing: {
      requirements: { delivery: 'at-least-once' },
      nodes: [
        { kind: 'producer', id: 'api' },
        { kind: 'artemis-address', id: 'orders', routingType: 'multicast' },
        { kind: 'artemis-queue', id: 'billing', durable: false },
        { kind: 'consumer-group', id: 'biller' },
      ],
      connections: [
        { from: 'api', to: 'orders' },
        { from: 'orders', to: 'billing' },
        { from: 'billing', to: 'biller' },
      ],
    },
    passing: {
      requirements: { delivery: 'at-least-once' },
      nodes: [
        { kind: 'producer', id: 'api' },
        { kind: 'artemis-address', id: 'orders', routingType: 'multicast' },
        { kind: 'artemis-queue', id: 'billing' },
        { kind: 'consumer-group', id: 'biller' },
      ],
      connections: [
        { from: 'api', to: 'orders' },
        { from: 'orders', to: 'billing' },
        { from: 'billing', to: 'biller' },
      ],
    },
  },
};
