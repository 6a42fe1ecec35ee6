import { updateNode } from '../../design';
import { requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { rabbitConsumers, queueNames } from './_consumers';

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
    reads: ['producer', 'rabbitmq-exchange', 'rabbitmq-queue', 'consumer-group', 'projection'],
    summary: 'Prefetch 1 limits a RabbitMQ consumer to one message at a time: too little for parallel handlers or a high throughput target.',
    messages: {
      concurrency: 'Consumer group "{group}" runs {concurrency} handlers per instance with prefetch 1: only one message is ever outstanding, so the other handlers stay idle.',
      throughput: 'Consumer group "{group}" consumes "{queues}" with prefetch 1 while the flow needs {perInstance} messages/s per instance: every message waits a network round trip.',
    },
  },
  check({ design, report }) {
    for (const { group, queues } of rabbitConsumers(design)) {
      if (group.prefetch !== 1 || group.ackMode !== 'manual' || group.rabbitmq.basicGet) continue;
      const requirements = requirementsAt(design, group.id);
      if (!requirements || requirements.ordering === 'strict') continue;
      const perInstance = Math.round((requirements.peakThroughput ?? requirements.throughput) / group.instances);
      const fix = {
        label: `Set prefetch to ${Math.max(100, group.concurrency)}`,
        apply: (d: Parameters<typeof updateNode>[0]) => updateNode(d, group.id, { prefetch: Math.max(100, group.concurrency) }),
      };
      // On an ordered flow, prefetch 1 is what keeps parallel handlers serial (rabbitmq/ordering-chain).
      if (group.concurrency > 1 && requirements.ordering === 'none') {
        report({ target: { type: 'node', id: group.id }, messageId: 'concurrency', data: { group: group.name, concurrency: group.concurrency }, fix });
      } else if (group.concurrency === 1 && perInstance > MESSAGES_PER_SECOND_PER_CONSUMER) {
        report({ target: { type: 'node', id: group.id }, messageId: 'throughput', data: { group: group.name, queues: queueNames(queues), perInstance }, fix });
      }
    }
  },
});
