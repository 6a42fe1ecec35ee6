import type { RuleDocs } from '../rule-docs';
import { AWS_DOCS } from './_sources';

/** The docs and examples of `sqs/dlq-retention-gt-source`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "When SQS moves a message from a standard queue to its dead-letter queue, the message keeps its original enqueue timestamp, and the DLQ's retention counts from it. A message that spent 3 days failing in the source arrives in a 4-day DLQ with 1 day left. AWS's best practice is a DLQ retention longer than the source's. FIFO queues reset the timestamp on the move, so they are not checked; a DLQ already at the 14-day maximum is not either.",
  howToFix: 'Set the dead-letter queue MessageRetentionPeriod to 1209600 seconds (14 days, the maximum), and keep the source below it.',
  sources: [AWS_DOCS.deadLetterRetention, AWS_DOCS.deadLetterQueues],
  examples: {
    failing: {
      queuewright: 2,
      nodes: [
        { kind: 'sqs-queue', id: 'orders', name: 'orders' },
        { kind: 'sqs-queue', id: 'orders-dlq', name: 'orders-dlq', role: 'dead-letter' },
      ],
      connections: [{ id: 'd', kind: 'dead-letter', from: 'orders', to: 'orders-dlq', maxReceiveCount: 5 }],
    },
    passing: {
      queuewright: 2,
      nodes: [
        { kind: 'sqs-queue', id: 'orders', name: 'orders' },
        { kind: 'sqs-queue', id: 'orders-dlq', name: 'orders-dlq', role: 'dead-letter', messageRetentionPeriod: 1_209_600 },
      ],
      connections: [{ id: 'd', kind: 'dead-letter', from: 'orders', to: 'orders-dlq', maxReceiveCount: 5 }],
    },
  },
};
