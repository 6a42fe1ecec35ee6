import type { RuleDocs } from '../rule-docs';
import { NATS_SOURCES } from './_sources';

/** The docs and examples of `nats/stream-replicas-ha`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "A stream with num_replicas=1 lives on a single server: it cannot be read or written while that server is down, and its data is lost if that server's disk is. The NATS docs recommend R3 as the balance between availability and cost (R5 for the most critical data).",
  howToFix: 'Set num_replicas to 3 (the cluster needs at least 3 JetStream servers), or declare the flow low-criticality if losing it is acceptable.',
  sources: [NATS_SOURCES.jetstream, NATS_SOURCES.streams],
  examples: {
    failing: {
      queuewright: 2,
      nodes: [
        { kind: 'producer', id: 'orders-api', name: 'orders-api' },
        { kind: 'nats-stream', id: 'orders', name: 'ORDERS', subjects: ['orders.>'], num_replicas: 1 },
      ],
      connections: [{ id: 'p', kind: 'publish', from: 'orders-api', to: 'orders' }],
    },
    passing: {
      queuewright: 2,
      nodes: [
        { kind: 'producer', id: 'orders-api', name: 'orders-api' },
        { kind: 'nats-stream', id: 'orders', name: 'ORDERS', subjects: ['orders.>'], num_replicas: 3 },
      ],
      connections: [{ id: 'p', kind: 'publish', from: 'orders-api', to: 'orders' }],
    },
  },
};
