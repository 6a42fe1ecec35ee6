import { updateNode } from '../../design';
import { defineRule } from '../rule';
import { rabbitQueues } from './_queues';

export const quorumQueueDurableNonExclusive = defineRule({
  meta: {
    id: 'rabbitmq/quorum-queue-durable-non-exclusive',
    category: 'durability',
    severity: 'error',
    reads: ['rabbitmq-queue'],
    summary: 'A quorum queue must be durable, non-exclusive and not auto-delete.',
    subsumes: ['rabbitmq/quorum-not-for-temporary'],
    messages: {
      invalid: 'Quorum queue "{queue}" is declared {properties}: the broker refuses the declaration.',
    },
  },
  check({ design, report }) {
    for (const queue of rabbitQueues(design)) {
      if (queue.type !== 'quorum') continue;
      const properties = [!queue.durable && 'non-durable', queue.exclusive && 'exclusive', queue.autoDelete && 'auto-delete'].filter(Boolean);
      if (properties.length === 0) continue;
      report({
        target: { type: 'node', id: queue.id },
        messageId: 'invalid',
        data: { queue: queue.name, properties: properties.join(', ') },
        fix: { label: 'Make it durable, non-exclusive, not auto-delete', apply: (d) => updateNode(d, queue.id, { durable: true, exclusive: false, autoDelete: false }) },
      });
    }
  },
});
