import { defineRule } from '../rule';
import { hasDeadLetterExchange } from './_dead-letter-routing';
import { deliveryLimit, rabbitQueues } from './_queues';

export const quorumQueueHasDlx = defineRule({
  meta: {
    id: 'rabbitmq/quorum-queue-has-dlx',
    category: 'error-handling',
    severity: 'warning',
    reads: ['rabbitmq-exchange', 'rabbitmq-queue'],
    summary: 'Every quorum queue should have a dead-letter exchange.',
    messages: {
      noDlx: 'Quorum queue "{queue}" has no dead-letter exchange: messages over the delivery limit ({limit}), expired or overflowing are dropped.',
      noDlxUnlimited: 'Quorum queue "{queue}" has no dead-letter exchange: messages that expire or overflow are dropped.',
    },
  },
  check({ design, report }) {
    for (const queue of rabbitQueues(design)) {
      if (queue.type !== 'quorum' || queue.role === 'dead-letter' || hasDeadLetterExchange(design, queue.id)) continue;
      const { limit } = deliveryLimit(design, queue);
      report({
        target: { type: 'node', id: queue.id },
        messageId: limit >= 0 ? 'noDlx' : 'noDlxUnlimited',
        data: { queue: queue.name, limit },
      });
    }
  },
});
