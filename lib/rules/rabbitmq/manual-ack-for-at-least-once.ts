import { nodesOfKind, updateNode } from '../../design';
import { atLeastOnce, requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { queuesConsumedBy } from './_queues';

export const manualAckForAtLeastOnce = defineRule({
  meta: {
    id: 'rabbitmq/manual-ack-for-at-least-once',
    category: 'delivery',
    severity: 'error',
    reads: ['producer', 'rabbitmq-exchange', 'rabbitmq-queue', 'consumer-group', 'projection'],
    summary: 'A consumer of a RabbitMQ queue on an at-least-once flow must acknowledge manually, after processing.',
    messages: {
      autoAck: 'Consumer group "{group}" consumes "{queue}" with automatic acknowledgements on an {delivery} flow: a message is lost if the consumer fails before processing it.',
    },
  },
  check({ design, report }) {
    for (const group of nodesOfKind(design, 'consumer-group')) {
      if (group.ackMode !== 'auto') continue;
      const queues = queuesConsumedBy(design, group.id).filter((q) => q.type !== 'stream');
      if (queues.length === 0) continue;
      const requirements = requirementsAt(design, group.id);
      if (!atLeastOnce(requirements)) continue;
      report({
        target: { type: 'node', id: group.id },
        messageId: 'autoAck',
        data: { group: group.name, queue: queues.map((q) => q.name).join('", "'), delivery: requirements.delivery },
        fix: { label: 'Acknowledge manually', apply: (d) => updateNode(d, group.id, { ackMode: 'manual' }) },
      });
    }
  },
});
