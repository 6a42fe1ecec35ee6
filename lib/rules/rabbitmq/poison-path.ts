import { patchNode } from '../../design';
import { defineRule } from '../rule';
import { rabbitConsumers } from './_consumers';
import { hasDeadLetterExchange } from './_dead-letter-routing';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

export const poisonPath = defineRule({
  meta: {
    id: 'rabbitmq/poison-path',
    category: 'error-handling',
    severity: 'warning',
    docs: {
      summary: 'A consumer that requeues failed messages needs a queue that can stop a poison message: classic queues cannot.',
      rationale:
        'A consumer that nacks with requeue=true on failure puts a poison message (one that always fails) straight back at the head of the queue, where it is delivered again at once. Quorum queues count deliveries and dead-letter the message past the delivery limit; classic queues have no such limit, so the message loops forever, burning CPU and network and holding up the messages behind it. (Quorum queues without a DLX or with the limit off are rabbitmq/quorum-queue-has-dlx and rabbitmq/qq-delivery-limit-enabled.)',
      howToFix: 'Reject failed messages without requeueing (requeue=false) so they go to the dead-letter exchange, counting redeliveries (the redelivered flag, x-death) if a retry is wanted; or use a quorum queue with a delivery limit and a DLX.',
      sources: [RMQ_SOURCES.confirmsRequeue, RMQ_SOURCES.quorumPoison, RMQ_SOURCES.quorumFeatures],
    },
    messages: {
      requeueLoop: 'Consumer group "{group}" requeues failed messages on the classic queue "{queue}", which has no delivery limit: a poison message is redelivered forever.',
    },
    examples: {
      failing: exampleDesign({
        nodes: [{ kind: 'rabbitmq-queue', id: 'orders', type: 'classic' }, { kind: 'consumer-group', id: 'billing', rabbitmq: { requeueOnError: true } }],
        connections: [{ from: 'orders', to: 'billing', kind: 'consume' }],
      }),
      passing: exampleDesign({
        nodes: [{ kind: 'rabbitmq-queue', id: 'orders', type: 'quorum' }, { kind: 'consumer-group', id: 'billing', rabbitmq: { requeueOnError: true } }],
        connections: [{ from: 'orders', to: 'billing', kind: 'consume' }],
      }),
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
        fix: hasDeadLetterExchange(design, queue.id)
          ? { label: 'Reject failed messages to the DLX', apply: (d) => patchNode(d, group.id, { rabbitmq: { requeueOnError: false } }) }
          : undefined,
      });
    }
  },
});
