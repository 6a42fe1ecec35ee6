import { updateNode } from '../../design';
import { atLeastOnce, requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { rabbitQueues } from './_queues';

export const durableQueueAndPersistentMessages = defineRule({
  meta: {
    id: 'rabbitmq/durable-queue-and-persistent-messages',
    category: 'durability',
    severity: 'error',
    reads: ['producer', 'rabbitmq-exchange', 'rabbitmq-queue', 'consumer-group', 'projection'],
    summary: 'A classic queue on an at-least-once flow must be durable.',
    subsumes: ['rabbitmq/no-transient-non-exclusive-queues'],
    messages: {
      transientQueue: 'Queue "{queue}" is a non-durable classic queue on an {delivery} flow: a broker restart deletes it with all its messages.',
    },
  },
  check({ design, report }) {
    for (const queue of rabbitQueues(design)) {
      // Exclusive queues live and die with one connection: durability is not what they are about.
      if (queue.type !== 'classic' || queue.durable || queue.exclusive) continue;
      const requirements = requirementsAt(design, queue.id);
      if (!atLeastOnce(requirements)) continue;
      report({
        target: { type: 'node', id: queue.id },
        messageId: 'transientQueue',
        data: { queue: queue.name, delivery: requirements.delivery },
        fix: { label: 'Make the queue durable', apply: (d) => updateNode(d, queue.id, { durable: true }) },
      });
    }
  },
});
