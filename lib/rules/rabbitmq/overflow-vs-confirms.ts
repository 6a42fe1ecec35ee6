import { indexGraph, patchNode } from '../../design';
import { defineRule } from '../rule';
import { exampleDesign } from './_examples';
import { messagesAt } from '../../rabbitmq/message-flows';
import { overflowOf, rabbitQueues } from './_queues';
import { RMQ_SOURCES } from './_sources';

export const overflowVsConfirms = defineRule({
  meta: {
    id: 'rabbitmq/overflow-vs-confirms',
    category: 'delivery',
    severity: 'error',
    docs: {
      summary: 'A producer whose messages reach a reject-publish queue must use publisher confirms, or the rejections are silent.',
      rationale:
        'overflow=reject-publish (and reject-publish-dlx) makes a full queue refuse new messages, so that publishers slow down or retry. The broker tells the publisher only with a basic.nack, which exists only with publisher confirms: without them the refused message is discarded and the publisher never knows. The rule follows routing from each producer to the queues it really reaches, whatever the flow\'s guarantee: on an at-most-once flow the loss may be acceptable but the producer should know, and on an at-least-once flow it is the same missing confirms rabbitmq/publisher-confirms-for-at-least-once reports, said with where the messages go.',
      howToFix: 'Enable publisher confirms and handle nacks (retry with backoff, or slow down).',
      sources: [RMQ_SOURCES.maxLength, RMQ_SOURCES.confirmsPublisher],
    },
    subsumes: ['rabbitmq/publisher-confirms-for-at-least-once'],
    messages: {
      silentRejects: 'Producer "{producer}" publishes without confirms into "{queue}", which rejects publishes when full ({overflow}): those messages are discarded without the producer knowing.',
    },
    examples: {
      failing: exampleDesign({
        requirements: { delivery: 'at-most-once' },
        nodes: [{ kind: 'producer', id: 'metrics', rabbitmq: { confirms: false } }, { kind: 'rabbitmq-queue', id: 'samples', arguments: { 'x-max-length': 100000, 'x-overflow': 'reject-publish' } }],
        connections: [{ from: 'metrics', to: 'samples', kind: 'publish' }],
      }),
      passing: exampleDesign({
        requirements: { delivery: 'at-most-once' },
        nodes: [{ kind: 'producer', id: 'metrics', rabbitmq: { confirms: true } }, { kind: 'rabbitmq-queue', id: 'samples', arguments: { 'x-max-length': 100000, 'x-overflow': 'reject-publish' } }],
        connections: [{ from: 'metrics', to: 'samples', kind: 'publish' }],
      }),
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
