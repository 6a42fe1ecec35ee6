import type { RuleDocs } from '../rule-docs';
import { LAMBDA_MIN_RECEIVE_COUNT } from './_lambda';
import { AWS_DOCS } from './_sources';
import { MIN_RECEIVE_COUNT } from './max-receive-count-sane';

/** The docs and examples of `sqs/max-receive-count-sane`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'maxReceiveCount is how many times a message may be received before SQS moves it to the dead-letter queue. With 1, any transient failure (a network error, a dependency briefly down, a consumer restart) sends a good message to the DLQ. Lambda counts a receive even when the function is throttled, so AWS asks for at least 5 on queues that Lambda reads.',
  howToFix: `Set maxReceiveCount to at least ${MIN_RECEIVE_COUNT} (at least ${LAMBDA_MIN_RECEIVE_COUNT} for Lambda consumers).`,
  sources: [AWS_DOCS.deadLetterQueues, AWS_DOCS.configureDeadLetterQueue, AWS_DOCS.lambdaSqs],
  examples: {
    failing: {
      queuewright: 2,
      nodes: [
        { kind: 'sqs-queue', id: 'orders', name: 'orders' },
        { kind: 'sqs-queue', id: 'orders-dlq', name: 'orders-dlq', role: 'dead-letter' },
      ],
      connections: [{ id: 'd', kind: 'dead-letter', from: 'orders', to: 'orders-dlq', maxReceiveCount: 1 }],
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
