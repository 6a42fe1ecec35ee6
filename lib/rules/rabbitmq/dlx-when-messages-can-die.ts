import { defineRule } from '../rule';
import { hasDeadLetterExchange } from './_dead-letter-routing';
import { messageTtl, queueConsumers, rabbitQueues, rejectsWithoutRequeue } from './_queues';

export const dlxWhenMessagesCanDie = defineRule({
  meta: {
    id: 'rabbitmq/dlx-when-messages-can-die',
    category: 'error-handling',
    severity: 'warning',
    reads: ['rabbitmq-exchange', 'rabbitmq-queue', 'consumer-group'],
    summary: 'A classic queue whose messages can be rejected or expire should have a dead-letter exchange.',
    messages: {
      rejected: 'Queue "{queue}" has no dead-letter exchange, and consumer group "{group}" rejects failed messages without requeueing: they are discarded.',
      expired: 'Queue "{queue}" has no dead-letter exchange and a message TTL of {ttl} ms: expired messages are discarded.',
    },
  },
  check({ design, report }) {
    for (const queue of rabbitQueues(design)) {
      if (queue.type !== 'classic' || queue.role === 'dead-letter' || hasDeadLetterExchange(design, queue.id)) continue;
      const rejecting = queueConsumers(design, queue.id).find(rejectsWithoutRequeue);
      const ttl = messageTtl(queue);
      if (rejecting) report({ target: { type: 'node', id: queue.id }, messageId: 'rejected', data: { queue: queue.name, group: rejecting.name } });
      else if (ttl !== undefined) report({ target: { type: 'node', id: queue.id }, messageId: 'expired', data: { queue: queue.name, ttl } });
    }
  },
});
