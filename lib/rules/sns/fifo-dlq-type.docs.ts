import type { RuleDocs } from '../rule-docs';
import { AWS_DOCS } from '../sqs/_sources';

/** The docs and examples of `sns/fifo-dlq-type`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "SNS keeps a FIFO subscription's undeliverable messages in order and with their group and deduplication ids, which only an SQS FIFO queue can take; SNS refuses a redrive policy to a standard queue on a FIFO subscription. Every SNS dead-letter queue must also be in the account and region of the subscription (the topic's). Queuewright reads the account and region from the `accountId` and `region` settings of the AWS clusters. (The DLQ of an SQS FIFO queue is checked by sqs/dlq-type-account-region.)",
  howToFix:
    "Use an SQS FIFO queue in the topic's account and region as the subscription's dead-letter queue. When nothing else dead-letters into the current DLQ as a standard queue, the fix makes it a FIFO queue.",
  sources: [AWS_DOCS.snsFifoDurability, AWS_DOCS.snsDeadLetterQueues],
  examples: {
    failing: {
      queuewright: 2,
      nodes: [
        { kind: 'sns-topic', id: 'prices', name: 'prices.fifo', fifo: true },
        { kind: 'sqs-queue', id: 'repricer', name: 'repricer.fifo', fifo: true },
        { kind: 'sqs-queue', id: 'prices-dlq', name: 'prices-dlq', role: 'dead-letter' },
      ],
      connections: [{ id: 's', kind: 'subscription', from: 'prices', to: 'repricer', deadLetterQueue: 'prices-dlq' }],
    },
    passing: {
      queuewright: 2,
      nodes: [
        { kind: 'sns-topic', id: 'prices', name: 'prices.fifo', fifo: true },
        { kind: 'sqs-queue', id: 'repricer', name: 'repricer.fifo', fifo: true },
        { kind: 'sqs-queue', id: 'prices-dlq', name: 'prices-dlq.fifo', fifo: true, role: 'dead-letter' },
      ],
      connections: [{ id: 's', kind: 'subscription', from: 'prices', to: 'repricer', deadLetterQueue: 'prices-dlq' }],
    },
  },
};
