import { defineRule } from '../rule';
import { hasDeadLetterExchange } from './_dead-letter-routing';
import { exampleDesign } from './_examples';
import { messageTtl, queueConsumers, rabbitQueues, rejectsWithoutRequeue } from './_queues';
import { RMQ_SOURCES } from './_sources';

export const dlxWhenMessagesCanDie = defineRule({
  meta: {
    id: 'rabbitmq/dlx-when-messages-can-die',
    category: 'error-handling',
    severity: 'warning',
    docs: {
      summary: 'A classic queue whose messages can be rejected or expire should have a dead-letter exchange.',
      rationale:
        'A message is dead-lettered when a consumer rejects it without requeueing, when its TTL expires, or when the queue overflows. Without a DLX all three simply discard the message: a failed order or an expired retry vanishes without a trace. (Overflow is checked by rabbitmq/max-length-drop-head-silent; quorum queues by rabbitmq/quorum-queue-has-dlx.)',
      howToFix: 'Add a dead-letter exchange (policy or dead-letter connection) bound to a dead-letter queue.',
      sources: [RMQ_SOURCES.deadLetter, RMQ_SOURCES.ttl, RMQ_SOURCES.confirmsRequeue],
    },
    messages: {
      rejected: 'Queue "{queue}" has no dead-letter exchange, and consumer group "{group}" rejects failed messages without requeueing: they are discarded.',
      expired: 'Queue "{queue}" has no dead-letter exchange and a message TTL of {ttl} ms: expired messages are discarded.',
    },
    examples: {
      failing: exampleDesign({
        nodes: [{ kind: 'rabbitmq-queue', id: 'orders', type: 'classic' }, { kind: 'consumer-group', id: 'billing' }],
        connections: [{ from: 'orders', to: 'billing', kind: 'consume' }],
      }),
      passing: exampleDesign({
        nodes: [
          { kind: 'rabbitmq-queue', id: 'orders', type: 'classic' },
          { kind: 'consumer-group', id: 'billing' },
          { kind: 'rabbitmq-exchange', id: 'orders-dlx', type: 'fanout' },
          { kind: 'rabbitmq-queue', id: 'orders-dlq', role: 'dead-letter' },
        ],
        connections: [
          { from: 'orders', to: 'billing', kind: 'consume' },
          { from: 'orders', to: 'orders-dlx', kind: 'dead-letter' },
          { from: 'orders-dlx', to: 'orders-dlq', kind: 'bind' },
        ],
      }),
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
