import type { RuleDocs } from '../rule-docs';
import { NATS_SOURCES } from './_sources';

/** The docs and examples of `nats/cluster-size`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'JetStream replicates with RAFT: the meta group and each replicated stream need a quorum of ⌊N/2⌋+1 servers. The NATS docs recommend 3 or 5 JetStream servers, spread over availability zones: fewer than 3 tolerates no failure, and an even count adds a server without adding fault tolerance.',
  howToFix: 'Run 3 JetStream servers (5 when two simultaneous failures must be survived), in different zones.',
  sources: [NATS_SOURCES.clustering],
  examples: {
    failing: {
      queuewright: 2,
      clusters: [{ id: 'nats', name: 'NATS', broker: 'nats', nodes: 2 }],
      nodes: [{ kind: 'nats-stream', id: 'orders', name: 'ORDERS', num_replicas: 1, cluster: 'nats' }],
    },
    passing: {
      queuewright: 2,
      clusters: [{ id: 'nats', name: 'NATS', broker: 'nats', nodes: 3 }],
      nodes: [{ kind: 'nats-stream', id: 'orders', name: 'ORDERS', cluster: 'nats' }],
    },
  },
};
