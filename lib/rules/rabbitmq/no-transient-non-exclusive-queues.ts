import { updateNode } from '../../design';
import { defineRule } from '../rule';
import { rabbitQueues } from './_queues';

export const noTransientNonExclusiveQueues = defineRule({
  meta: {
    id: 'rabbitmq/no-transient-non-exclusive-queues',
    category: 'durability',
    severity: 'warning',
    reads: ['rabbitmq-queue'],
    summary: 'Classic queues should be either durable or exclusive: transient non-exclusive queues are deprecated.',
    messages: {
      transient: 'Queue "{queue}" is transient and non-exclusive, a deprecated combination (disabled by default from RabbitMQ 4.3).',
    },
  },
  check({ design, report }) {
    for (const queue of rabbitQueues(design)) {
      // Quorum queues and streams are always durable: their non-durable declarations are errors reported elsewhere.
      if (queue.type !== 'classic' || queue.durable || queue.exclusive) continue;
      report({
        target: { type: 'node', id: queue.id },
        messageId: 'transient',
        data: { queue: queue.name },
        fix: { label: 'Make the queue durable', apply: (d) => updateNode(d, queue.id, { durable: true }) },
      });
    }
  },
});
