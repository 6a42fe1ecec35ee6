import { nodesOfKind, updateNode } from '../../design';
import { defineRule } from '../rule';
import { directProducers, producersThat } from './_flow';
import { AWS_DOCS } from './_sources';

export const fifoDedupConfigured = defineRule({
  meta: {
    id: 'sqs/fifo-dedup-configured',
    category: 'delivery',
    severity: 'error',
    docs: {
      summary: 'Every send to a FIFO queue needs a deduplication id: sent by the producer, or derived by content-based deduplication.',
      rationale:
        "A FIFO queue drops a message whose deduplication id it has seen in the last 5 minutes; that is how a retried send does not create a duplicate. The id is required: when the producer does not send a MessageDeduplicationId and the queue does not have ContentBasedDeduplication, SendMessage fails. Messages that come through an SNS FIFO topic carry the topic's deduplication id and are not checked here.",
      howToFix:
        "Send a MessageDeduplicationId from the producer (the safest: an id of the business event), or enable ContentBasedDeduplication on the queue (the fix does), which hashes the body. With content-based deduplication, two distinct messages with the same body within 5 minutes are treated as one.",
      sources: [AWS_DOCS.fifoExactlyOnce, AWS_DOCS.deduplicationId],
    },
    messages: {
      noDedupId:
        'FIFO queue "{queue}" has no content-based deduplication and {producers} no MessageDeduplicationId, so SQS rejects their sends.',
    },
    examples: {
      failing: {
        queuewright: 2,
        nodes: [
          { kind: 'producer', id: 'api', name: 'api', sqs: { messageGroupId: 'entity-id', deduplicationId: false } },
          { kind: 'sqs-queue', id: 'payments', name: 'payments.fifo', fifo: true },
        ],
        connections: [{ id: 'p', kind: 'publish', from: 'api', to: 'payments' }],
      },
      passing: {
        queuewright: 2,
        nodes: [
          { kind: 'producer', id: 'api', name: 'api', sqs: { messageGroupId: 'entity-id', deduplicationId: true } },
          { kind: 'sqs-queue', id: 'payments', name: 'payments.fifo', fifo: true },
        ],
        connections: [{ id: 'p', kind: 'publish', from: 'api', to: 'payments' }],
      },
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
