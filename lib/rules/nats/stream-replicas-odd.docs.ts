import type { RuleDocs } from '../rule-docs';
import { NATS_SOURCES } from './_sources';

/** The docs and examples of `nats/stream-replicas-odd`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'A replicated stream is a RAFT group that needs a majority to accept writes. R2 needs both replicas up, so it tolerates no more failures than R1 while costing twice the storage; R4 tolerates one failure, like R3, at a higher cost. The NATS docs call R2 "no significant benefit".',
  howToFix: 'Use num_replicas=3 (or 5 for the most critical streams on a cluster of at least five servers).',
  sources: [NATS_SOURCES.jetstream, NATS_SOURCES.clustering],
  examples: {
    failing: { queuewright: 2, nodes: [{ kind: 'nats-stream', id: 'orders', name: 'ORDERS', num_replicas: 2 }] },
    passing: { queuewright: 2, nodes: [{ kind: 'nats-stream', id: 'orders', name: 'ORDERS', num_replicas: 3 }] },
  },
};
