import { nodesOfKind, updateNode } from '../../design';
import { requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { isDeadLetterQueue } from './_dead-letter-queue';
import { peakRate } from './_flow';
import { FIFO_MESSAGES_PER_SECOND } from './_limits';
import { AWS_DOCS } from './_sources';

export const fifoThroughputLimit = defineRule({
  meta: {
    id: 'sqs/fifo-throughput-limit',
    category: 'scalability',
    severity: 'warning',
    docs: {
      summary: 'A FIFO queue that must carry more than 3,000 messages per second needs high-throughput mode.',
      rationale:
        'Without high-throughput mode a FIFO queue handles 300 API calls per second per action (send, receive, delete); batching 10 messages per call gives at most 3,000 messages per second. Beyond that, requests are throttled. High-throughput FIFO (deduplication scope per message group, throughput limit per message group id) scales with the number of message groups. The rate is the peak throughput of the flows that reach the queue.',
      howToFix: 'Enable high-throughput mode (the fix: DeduplicationScope=messageGroup, FifoThroughputLimit=perMessageGroupId) and use many message group ids.',
      sources: [AWS_DOCS.highThroughputFifo, AWS_DOCS.fifoQuotas],
    },
    messages: {
      throttled:
        'FIFO queue "{queue}" must carry {rate} msg/s, above the 3,000 msg/s a FIFO queue without high-throughput mode allows even with batches of 10, so its calls are throttled.',
    },
    examples: {
      failing: {
        queuewright: 2,
        requirements: { throughput: 8000 },
        nodes: [{ kind: 'producer', id: 'writer', name: 'writer' }, { kind: 'sqs-queue', id: 'clicks', name: 'clicks.fifo', fifo: true }], connections: [{ id: 'writer--clicks', kind: 'publish', from: 'writer', to: 'clicks' }] },
      passing: {
        queuewright: 2,
        requirements: { throughput: 8000 },
        nodes: [{ kind: 'producer', id: 'writer', name: 'writer' }, { kind: 'sqs-queue', id: 'clicks', name: 'clicks.fifo', fifo: true, highThroughputFifo: true }], connections: [{ id: 'writer--clicks', kind: 'publish', from: 'writer', to: 'clicks' }] },
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
