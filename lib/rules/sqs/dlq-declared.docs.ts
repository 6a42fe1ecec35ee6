import type { RuleDocs } from '../rule-docs';
import { AWS_DOCS } from './_sources';

/** The docs and examples of `sqs/dlq-declared`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'SQS does not create dead-letter queues: the redrive policy points at the ARN of a queue that must already exist. A redrive policy to a queue nobody declares fails to deploy, or, if the queue was deleted, leaves failed messages with nowhere to go.',
  howToFix: "Declare the dead-letter queue. The fix adds a queue with the id the redrive policy names, of the source's type, with 14-day retention and a depth alarm.",
  sources: [AWS_DOCS.deadLetterQueues, AWS_DOCS.configureDeadLetterQueue],
  examples: {
    failing: {
      queuewright: 2,
      nodes: [{ kind: 'sqs-queue', id: 'orders', name: 'orders' }],
      connections: [{ id: 'd', kind: 'dead-letter', from: 'orders', to: 'orders-dlq', maxReceiveCount: 5 }],
    },
    passing: {
      queuewright: 2,
      nodes: [
        { kind: 'sqs-queue', id: 'orders', name: 'orders' },
        { kind: 'sqs-queue', id: 'orders-dlq', name: 'orders-dlq', role: 'dead-letter' },
      ],
      connections: [{ id: 'd', kind: 'dead-letter', from: 'orders', to: 'orders-dlq', maxReceiveCount: 5 }],
    },
  },
};
