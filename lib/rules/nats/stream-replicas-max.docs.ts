import type { RuleDocs } from '../rule-docs';
import { NATS_SOURCES } from './_sources';

/** The docs and examples of `nats/stream-replicas-max`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'Each replica of a stream lives on a different JetStream-enabled server, and the server refuses replicas above 5. A stream asking for more replicas than the cluster has servers cannot be created ("insufficient resources").',
  howToFix: 'Lower num_replicas to fit the cluster (3 or 5), or add JetStream servers to the cluster.',
  sources: [NATS_SOURCES.streams, NATS_SOURCES.clustering],
  examples: {
    failing: {
      queuewright: 2,
      clusters: [{ id: 'nats', name: 'NATS', broker: 'nats', nodes: 1 }],
      nodes: [{ kind: 'nats-stream', id: 'orders', name: 'ORDERS', num_replicas: 3, cluster: 'nats' }],
    },
    passing: {
      queuewright: 2,
      clusters: [{ id: 'nats', name: 'NATS', broker: 'nats', nodes: 3 }],
      nodes: [{ kind: 'nats-stream', id: 'orders', name: 'ORDERS', num_replicas: 3, cluster: 'nats' }],
    },
  },
};
