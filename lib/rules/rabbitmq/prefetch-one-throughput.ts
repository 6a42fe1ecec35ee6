import { updateNode } from '../../design';
import { requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { rabbitConsumers, queueNames } from './_consumers';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

/**
 * With one unacknowledged message per consumer, each message waits a network
 * round trip before the next arrives. Above this rate per consumer instance
 * that wait is a visible share of the time (about 10% at 1 ms round trips).
 */
const MESSAGES_PER_SECOND_PER_CONSUMER = 100;

export const prefetchOneThroughput = defineRule({
  meta: {
    id: 'rabbitmq/prefetch-one-throughput',
    category: 'scalability',
    severity: 'info',
    docs: {
      summary: 'Prefetch 1 limits a RabbitMQ consumer to one message at a time: too little for parallel handlers or a high throughput target.',
      rationale:
        'Prefetch 1 is the most conservative setting: the broker sends the next message only after the previous one was acknowledged, so every message pays a network round trip, and parallel handlers in the consumer sit idle (only one message is ever outstanding on the channel). The RabbitMQ documentation notes it significantly reduces throughput. The rule reports it when the consumer runs several handlers per instance on an unordered flow (on an ordered flow prefetch 1 is what keeps them serial), or when a single handler must do more than about 100 messages per second, unless the flow is strictly ordered.',
      howToFix: 'Raise the prefetch to at least the handler concurrency, typically 100 to 300.',
      sources: [RMQ_SOURCES.confirmsPrefetch],
    },
    messages: {
      concurrency: 'Consumer group "{group}" runs {concurrency} handlers per instance with prefetch 1: only one message is ever outstanding, so the other handlers stay idle.',
      throughput: 'Consumer group "{group}" consumes "{queues}" with prefetch 1 while the flow needs {perInstance} messages/s per instance: every message waits a network round trip.',
    },
    examples: {
      failing: exampleDesign({
        requirements: { ordering: 'none' },
        nodes: [{ kind: 'producer', id: 'writer' }, { kind: 'rabbitmq-queue', id: 'orders' }, { kind: 'consumer-group', id: 'billing', prefetch: 1, concurrency: 8 }],
        connections: [{ from: 'writer', to: 'orders', kind: 'publish' }, { from: 'orders', to: 'billing', kind: 'consume' }],
      }),
      passing: exampleDesign({
        requirements: { ordering: 'none' },
        nodes: [{ kind: 'producer', id: 'writer' }, { kind: 'rabbitmq-queue', id: 'orders' }, { kind: 'consumer-group', id: 'billing', prefetch: 100, concurrency: 8 }],
        connections: [{ from: 'writer', to: 'orders', kind: 'publish' }, { from: 'orders', to: 'billing', kind: 'consume' }],
      }),
    },
  },
  check({ design, report }) {
    for (const { group, queues } of rabbitConsumers(design)) {
      if (group.prefetch !== 1 || group.ackMode !== 'manual' || group.rabbitmq.basicGet) continue;
      const requirements = requirementsAt(design, group.id);
      if (!requirements || requirements.ordering === 'strict') continue;
      const perInstance = Math.round((requirements.peakThroughput ?? requirements.throughput) / group.instances);
      const fix = { label: `Set prefetch to ${Math.max(100, group.concurrency)}`, apply: (d: Parameters<typeof updateNode>[0]) => updateNode(d, group.id, { prefetch: Math.max(100, group.concurrency) }) };
      // On an ordered flow, prefetch 1 is what keeps parallel handlers serial (rabbitmq/ordering-chain).
      if (group.concurrency > 1 && requirements.ordering === 'none') {
        report({ target: { type: 'node', id: group.id }, messageId: 'concurrency', data: { group: group.name, concurrency: group.concurrency }, fix });
      } else if (group.concurrency === 1 && perInstance > MESSAGES_PER_SECOND_PER_CONSUMER) {
        report({ target: { type: 'node', id: group.id }, messageId: 'throughput', data: { group: group.name, queues: queueNames(queues), perInstance }, fix });
      }
    }
  },
});
