import { clusterOf, updateNode } from '../../design';
import { requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { rabbitQueues } from './_queues';

export const replicatedQueueForHa = defineRule({
  meta: {
    id: 'rabbitmq/replicated-queue-for-ha',
    category: 'durability',
    severity: 'warning',
    reads: ['producer', 'rabbitmq-exchange', 'rabbitmq-queue', 'consumer-group', 'projection'],
    summary: 'A critical flow on a multi-node RabbitMQ cluster should go through a replicated queue (quorum queue or stream), not a classic queue.',
    messages: {
      notReplicated: 'Queue "{queue}" carries a critical flow as a classic queue on the {nodes}-node cluster "{cluster}": it lives on one node, so a node failure makes it unavailable or loses it.',
    },
  },
  check({ design, report }) {
    for (const queue of rabbitQueues(design)) {
      // Exclusive queues are per-connection and temporary by design.
      if (queue.type !== 'classic' || queue.exclusive) continue;
      const cluster = clusterOf(design, queue);
      const nodes = cluster?.nodes ?? 3;
      if (nodes <= 1 || requirementsAt(design, queue.id)?.criticality !== 'critical') continue;
      report({
        target: { type: 'node', id: queue.id },
        messageId: 'notReplicated',
        data: { queue: queue.name, nodes, cluster: cluster?.name ?? 'RabbitMQ' },
        fix: {
          label: 'Make it a quorum queue',
          apply: (d) => {
            // Quorum queues ignore these classic-only arguments; drop them with the switch.
            const { 'x-max-priority': _priority, 'x-queue-mode': _mode, ...args } = queue.arguments;
            const overflow = args['x-overflow'] === 'reject-publish-dlx' ? { 'x-overflow': 'reject-publish' as const } : {};
            return updateNode(d, queue.id, { type: 'quorum', durable: true, exclusive: false, autoDelete: false, arguments: { ...args, ...overflow } });
          },
        },
      });
    }
  },
});
