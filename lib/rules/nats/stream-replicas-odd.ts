import { nodesOfKind, updateNode } from '../../design';
import { defineRule } from '../rule';
import { jetstreamServers } from './_limits';
import { NATS_SOURCES } from './_sources';

export const streamReplicasOdd = defineRule({
  meta: {
    id: 'nats/stream-replicas-odd',
    category: 'durability',
    severity: 'warning',
    docs: {
      summary: 'A stream should use an odd number of replicas: 1, 3 or 5.',
      rationale:
        'A replicated stream is a RAFT group that needs a majority to accept writes. R2 needs both replicas up, so it tolerates no more failures than R1 while costing twice the storage; R4 tolerates one failure, like R3, at a higher cost. The NATS docs call R2 "no significant benefit".',
      howToFix: 'Use num_replicas=3 (or 5 for the most critical streams on a cluster of at least five servers).',
      sources: [NATS_SOURCES.jetstream, NATS_SOURCES.clustering],
    },
    messages: {
      evenReplicas:
        'Stream "{stream}" has num_replicas={replicas}: a RAFT group of {replicas} tolerates no more server failures than {lower}, so the extra copy costs storage and write latency for nothing.',
    },
    examples: {
      failing: { queuewright: 2, nodes: [{ kind: 'nats-stream', id: 'orders', name: 'ORDERS', num_replicas: 2 }] },
      passing: { queuewright: 2, nodes: [{ kind: 'nats-stream', id: 'orders', name: 'ORDERS', num_replicas: 3 }] },
    },
  },
  check({ design, report }) {
    for (const stream of nodesOfKind(design, 'nats-stream')) {
      const replicas = stream.num_replicas;
      if (replicas % 2 !== 0) continue;
      const servers = jetstreamServers(design, stream);
      report({
        target: { type: 'node', id: stream.id },
        messageId: 'evenReplicas',
        data: { stream: stream.name, replicas, lower: replicas - 1 },
        fix:
          servers === undefined || servers >= 3
            ? { label: 'Set num_replicas=3', apply: (d) => updateNode(d, stream.id, { num_replicas: 3 }) }
            : undefined,
      });
    }
  },
});
