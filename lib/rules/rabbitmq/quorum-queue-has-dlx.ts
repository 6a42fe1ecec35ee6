import { defineRule } from '../rule';
import { hasDeadLetterExchange } from './_dead-letter-routing';
import { exampleDesign } from './_examples';
import { deliveryLimit, rabbitQueues } from './_queues';
import { RMQ_SOURCES } from './_sources';

export const quorumQueueHasDlx = defineRule({
  meta: {
    id: 'rabbitmq/quorum-queue-has-dlx',
    category: 'error-handling',
    severity: 'warning',
    docs: {
      summary: 'Every quorum queue should have a dead-letter exchange.',
      rationale:
        'Quorum queues count deliveries: a message redelivered more often than the delivery limit (20 by default since RabbitMQ 4.0) is dead-lettered, or dropped if the queue has no DLX, and so are messages that expire or overflow. A poison message, or a consumer that keeps crashing, therefore loses data silently. The quorum queue guide recommends that every quorum queue has a dead-letter configuration. Dead-letter queues themselves are not checked.',
      howToFix: 'Add a dead-letter exchange (a dead-letter-exchange policy, or a dead-letter connection to an exchange bound to a DLQ); a stream is a cheap target.',
      sources: [RMQ_SOURCES.quorumPoison, RMQ_SOURCES.deadLetter],
    },
    messages: {
      noDlx: 'Quorum queue "{queue}" has no dead-letter exchange: messages over the delivery limit ({limit}), expired or overflowing are dropped.',
      noDlxUnlimited: 'Quorum queue "{queue}" has no dead-letter exchange: messages that expire or overflow are dropped.',
    },
    examples: {
      failing: exampleDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'orders', type: 'quorum' }] }),
      passing: exampleDesign({
        nodes: [
          { kind: 'rabbitmq-queue', id: 'orders', type: 'quorum' },
          { kind: 'rabbitmq-exchange', id: 'orders-dlx', type: 'fanout' },
          { kind: 'rabbitmq-queue', id: 'orders-dlq', role: 'dead-letter' },
        ],
        connections: [
          { from: 'orders', to: 'orders-dlx', kind: 'dead-letter' },
          { from: 'orders-dlx', to: 'orders-dlq', kind: 'bind' },
        ],
      }),
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
