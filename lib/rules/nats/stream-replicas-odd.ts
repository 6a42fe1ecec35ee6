import { nodesOfKind, updateNode } from '../../design';
import { defineRule } from '../rule';
import { jetstreamServers } from './_limits';

export const streamReplicasOdd = defineRule({
  meta: {
    id: 'nats/stream-replicas-odd',
    category: 'durability',
    severity: 'warning',
    reads: ['nats-stream'],
    scope: 'node',
    summary: 'A stream should use an odd number of replicas: 1, 3 or 5.',
    messages: {
      evenReplicas:
        'Stream "{stream}" has num_replicas={replicas}: a RAFT group of {replicas} tolerates no more server failures than {lower}, so the extra copy costs storage and write latency for nothing.',
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
        fix: servers === undefined || servers >= 3 ? { label: 'Set num_replicas=3', apply: (d) => updateNode(d, stream.id, { num_replicas: 3 }) } : undefined,
      });
    }
  },
});
