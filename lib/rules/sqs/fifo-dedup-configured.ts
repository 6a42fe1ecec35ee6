import { nodesOfKind, updateNode } from '../../design';
import { defineRule } from '../rule';
import { directProducers, producersThat } from './_flow';

export const fifoDedupConfigured = defineRule({
  meta: {
    id: 'sqs/fifo-dedup-configured',
    category: 'delivery',
    severity: 'error',
    reads: ['producer', 'rabbitmq-exchange', 'rabbitmq-queue', 'sqs-queue', 'consumer-group', 'projection'],
    summary: 'Every send to a FIFO queue needs a deduplication id: sent by the producer, or derived by content-based deduplication.',
    messages: {
      noDedupId: 'FIFO queue "{queue}" has no content-based deduplication and {producers} no MessageDeduplicationId, so SQS rejects their sends.',
    },
  },
  check({ design, report }) {
    for (const queue of nodesOfKind(design, 'sqs-queue')) {
      if (!queue.fifo || queue.contentBasedDeduplication) continue;
      const without = directProducers(design, queue.id).filter((p) => !p.sqs.deduplicationId);
      if (without.length === 0) continue;
      report({
        target: { type: 'node', id: queue.id },
        messageId: 'noDedupId',
        data: { queue: queue.name, producers: producersThat(without, 'send') },
        fix: { label: 'Enable content-based deduplication', apply: (d) => updateNode(d, queue.id, { contentBasedDeduplication: true }) },
      });
    }
  },
});
