import { indexGraph, patchNode } from '../../design';
import { defineRule } from '../rule';
import { messagesAt } from '../../rabbitmq/message-flows';
import { overflowOf, rabbitQueues } from './_queues';

export const overflowVsConfirms = defineRule({
  meta: {
    id: 'rabbitmq/overflow-vs-confirms',
    category: 'delivery',
    severity: 'error',
    reads: ['producer', 'rabbitmq-exchange', 'rabbitmq-queue'],
    summary: 'A producer whose messages reach a reject-publish queue must use publisher confirms, or the rejections are silent.',
    subsumes: ['rabbitmq/publisher-confirms-for-at-least-once'],
    messages: {
      silentRejects: 'Producer "{producer}" publishes without confirms into "{queue}", which rejects publishes when full ({overflow}): those messages are discarded without the producer knowing.',
    },
  },
  check({ design, report }) {
    const graph = indexGraph(design);
    const reported = new Set<string>();
    for (const queue of rabbitQueues(design)) {
      const overflow = overflowOf(queue);
      if (overflow === 'drop-head' || queue.type === 'stream') continue;
      for (const message of messagesAt(design, queue.id)) {
        if (message.arrival !== 'publish' || reported.has(message.publisherId)) continue;
        const producer = graph.nodeById.get(message.publisherId);
        if (producer?.kind !== 'producer' || producer.rabbitmq.confirms) continue;
        reported.add(producer.id);
        report({
          target: { type: 'node', id: producer.id },
          messageId: 'silentRejects',
          data: { producer: producer.name, queue: queue.name, overflow },
          fix: { label: 'Enable publisher confirms', apply: (d) => patchNode(d, producer.id, { rabbitmq: { confirms: true } }) },
        });
      }
    }
  },
});
