import type { RuleDocs } from '../rule-docs';
import { AWS_DOCS } from './_sources';

/** The docs and examples of `sqs/dlq-type-account-region`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "SQS only accepts a redrive policy whose dead-letter queue matches the source: a FIFO queue's DLQ must be a FIFO queue, a standard queue's DLQ a standard queue, and both must live in the same AWS account and region. Otherwise the redrive policy is refused and failed messages have nowhere to go. Queuewright reads the account and region from the `accountId` and `region` settings of each queue's AWS cluster, and only compares what both clusters declare.",
  howToFix:
    "Point the redrive policy at a dead-letter queue of the same type in the same account and region. When no other source needs the current type, the fix switches the DLQ to the source's type (and its name to match).",
  sources: [AWS_DOCS.deadLetterQueues, AWS_DOCS.configureDeadLetterQueue],
  examples: {
    failing: {
      queuewright: 2,
      nodes: [
        { kind: 'sqs-queue', id: 'orders', name: 'orders.fifo', fifo: true },
        { kind: 'sqs-queue', id: 'orders-dlq', name: 'orders-dlq', role: 'dead-letter' },
      ],
      connections: [{ id: 'd', kind: 'dead-letter', from: 'orders', to: 'orders-dlq', maxReceiveCount: 5 }],
    },
    passing: {
      queuewright: 2,
      nodes: [
        { kind: 'sqs-queue', id: 'orders', name: 'orders.fifo', fifo: true },
        { kind: 'sqs-queue', id: 'orders-dlq', name: 'orders-dlq.fifo', fifo: true, role: 'dead-letter' },
      ],
      connections: [{ id: 'd', kind: 'dead-letter', from: 'orders', to: 'orders-dlq', maxReceiveCount: 5 }],
    },
  },
};
