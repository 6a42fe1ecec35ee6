import { indexGraph, patchNode } from '../../design';
import { atLeastOnce, producerRequirements } from '../needs';
import { defineRule } from '../rule';
import { messagesAt } from '../../rabbitmq/message-flows';
import { rabbitQueues } from './_queues';

export const persistencePairing = defineRule({
  meta: {
    id: 'rabbitmq/persistence-pairing',
    category: 'durability',
    severity: 'error',
    reads: ['producer', 'rabbitmq-exchange', 'rabbitmq-queue', 'consumer-group', 'projection'],
    summary: 'A producer on an at-least-once flow must publish persistent messages when they land in a durable classic queue.',
    messages: {
      transientMessages: 'Producer "{producer}" publishes transient messages on an {delivery} flow into the durable classic queue "{queue}": a broker restart keeps the queue but loses the messages.',
    },
  },
  check({ design, report }) {
    const graph = indexGraph(design);
    const reported = new Set<string>();
    for (const queue of rabbitQueues(design)) {
      if (queue.type !== 'classic' || !queue.durable || queue.exclusive) continue;
      for (const message of messagesAt(design, queue.id)) {
        const producer = graph.nodeById.get(message.publisherId);
        if (producer?.kind !== 'producer' || producer.rabbitmq.persistent || reported.has(producer.id)) continue;
        const requirements = producerRequirements(design, producer);
        if (!atLeastOnce(requirements)) continue;
        reported.add(producer.id);
        report({
          target: { type: 'node', id: producer.id },
          messageId: 'transientMessages',
          data: { producer: producer.name, delivery: requirements.delivery, queue: queue.name },
          fix: { label: 'Publish persistent messages', apply: (d) => patchNode(d, producer.id, { rabbitmq: { persistent: true } }) },
        });
      }
    }
  },
});
