import { nodesOfKind, updateNode } from '../../design';
import { isProduction } from '../flow';
import { requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { jetstreamServers } from './_limits';

export const streamReplicasHa = defineRule({
  meta: {
    id: 'nats/stream-replicas-ha',
    category: 'durability',
    severity: 'warning',
    reads: ['producer', 'rabbitmq-exchange', 'rabbitmq-queue', 'nats-stream', 'consumer-group', 'projection'],
    summary: 'A production stream on a flow that is not low-criticality should keep more than one replica.',
    messages: {
      singleReplica: 'Stream "{stream}" has num_replicas=1 on a {criticality}-criticality flow: it is unavailable, and can lose data, when its one server fails.',
    },
  },
  check({ design, report }) {
    for (const stream of nodesOfKind(design, 'nats-stream')) {
      if (stream.num_replicas !== 1 || !isProduction(design, stream)) continue;
      const criticality = requirementsAt(design, stream.id)?.criticality;
      if (criticality === undefined || criticality === 'low') continue;
      const servers = jetstreamServers(design, stream);
      report({
        target: { type: 'node', id: stream.id },
        messageId: 'singleReplica',
        data: { stream: stream.name, criticality },
        // R3 needs three servers; on a smaller cluster the fix is to grow the cluster, not this field.
        fix: servers === undefined || servers >= 3 ? { label: 'Set num_replicas=3', apply: (d) => updateNode(d, stream.id, { num_replicas: 3 }) } : undefined,
      });
    }
  },
});
