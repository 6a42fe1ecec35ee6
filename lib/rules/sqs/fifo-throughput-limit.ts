import { nodesOfKind, updateNode } from '../../design';
import { requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { isDeadLetterQueue } from './_dead-letter-queue';
import { peakRate } from './_flow';
import { FIFO_MESSAGES_PER_SECOND } from './_limits';

export const fifoThroughputLimit = defineRule({
  meta: {
    id: 'sqs/fifo-throughput-limit',
    category: 'scalability',
    severity: 'warning',
    reads: ['producer', 'rabbitmq-exchange', 'rabbitmq-queue', 'sqs-queue', 'consumer-group', 'projection'],
    summary: 'A FIFO queue that must carry more than 3,000 messages per second needs high-throughput mode.',
    messages: {
      throttled: 'FIFO queue "{queue}" must carry {rate} msg/s, above the 3,000 msg/s a FIFO queue without high-throughput mode allows even with batches of 10, so its calls are throttled.',
    },
  },
  check({ design, report }) {
    for (const queue of nodesOfKind(design, 'sqs-queue')) {
      if (!queue.fifo || queue.highThroughputFifo || isDeadLetterQueue(design, queue)) continue;
      const needs = requirementsAt(design, queue.id);
      if (!needs) continue;
      const rate = peakRate(needs);
      if (rate <= FIFO_MESSAGES_PER_SECOND) continue;
      report({
        target: { type: 'node', id: queue.id },
        messageId: 'throttled',
        data: { queue: queue.name, rate },
        fix: { label: 'Enable high-throughput FIFO', apply: (d) => updateNode(d, queue.id, { highThroughputFifo: true }) },
      });
    }
  },
});
