import { patchNode } from '../../design';
import { defineRule } from '../rule';
import { rabbitConsumers } from './_consumers';
import { hasDeadLetterExchange } from './_dead-letter-routing';

export const poisonPath = defineRule({
  meta: {
    id: 'rabbitmq/poison-path',
    category: 'error-handling',
    severity: 'warning',
    reads: ['rabbitmq-queue', 'consumer-group'],
    summary: 'A consumer that requeues failed messages needs a queue that can stop a poison message: classic queues cannot.',
    messages: {
      requeueLoop: 'Consumer group "{group}" requeues failed messages on the classic queue "{queue}", which has no delivery limit: a poison message is redelivered forever.',
    },
  },
  check({ design, report }) {
    for (const { group, queues } of rabbitConsumers(design)) {
      if (group.ackMode !== 'manual' || !group.rabbitmq.requeueOnError) continue;
      const queue = queues.find((q) => q.type === 'classic');
      if (!queue) continue;
      report({
        target: { type: 'node', id: group.id },
        messageId: 'requeueLoop',
        data: { group: group.name, queue: queue.name },
        // Rejecting without requeue is only a repair when the queue dead-letters the rejected messages.
        fix: hasDeadLetterExchange(design, queue.id) ? { label: 'Reject failed messages to the DLX', apply: (d) => patchNode(d, group.id, { rabbitmq: { requeueOnError: false } }) } : undefined,
      });
    }
  },
});
