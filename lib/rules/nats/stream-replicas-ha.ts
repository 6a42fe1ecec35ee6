import { nodesOfKind, updateNode } from '../../design';
import { isProduction } from '../flow';
import { requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { jetstreamServers } from './_limits';
import { NATS_SOURCES } from './_sources';

export const streamReplicasHa = defineRule({
  meta: {
    id: 'nats/stream-replicas-ha',
    category: 'durability',
    severity: 'warning',
    docs: {
      summary: 'A production stream on a flow that is not low-criticality should keep more than one replica.',
      rationale:
        'A stream with num_replicas=1 lives on a single server: it cannot be read or written while that server is down, and its data is lost if that server\'s disk is. The NATS docs recommend R3 as the balance between availability and cost (R5 for the most critical data).',
      howToFix: 'Set num_replicas to 3 (the cluster needs at least 3 JetStream servers), or declare the flow low-criticality if losing it is acceptable.',
      sources: [NATS_SOURCES.jetstream, NATS_SOURCES.streams],
    },
    messages: {
      singleReplica:
        'Stream "{stream}" has num_replicas=1 on a {criticality}-criticality flow: it is unavailable, and can lose data, when its one server fails.',
    },
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
        fix:
          servers === undefined || servers >= 3
            ? { label: 'Set num_replicas=3', apply: (d) => updateNode(d, stream.id, { num_replicas: 3 }) }
            : undefined,
      });
    }
  },
});
