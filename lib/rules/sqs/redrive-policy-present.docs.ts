import type { RuleDocs } from '../rule-docs';
import { DEFAULT_MAX_RECEIVE_COUNT } from './_dead-letter-queue';
import { AWS_DOCS } from './_sources';

/** The docs and examples of `sqs/redrive-policy-present`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'A message the consumer cannot process (a poison message) is received, fails and reappears after the visibility timeout, again and again, until the retention period deletes it: it costs a receive each time, hides real failures and is finally lost. On a FIFO queue it is worse: the failing message blocks every later message of its message group. A redrive policy moves a message to a dead-letter queue after maxReceiveCount receives. Dead-letter queues themselves are not checked. If endless retry is what you want, accept the risk on the queue.',
  howToFix: `Add a dead-letter queue of the same type and a redrive policy to it. The fix adds "<name>-dlq" with 14-day retention and a depth alarm, and a dead-letter connection with maxReceiveCount ${DEFAULT_MAX_RECEIVE_COUNT}.`,
  sources: [AWS_DOCS.deadLetterQueues, AWS_DOCS.messageGroupId],
  examples: {
    failing: {
      queuewright: 2,
      nodes: [
        { kind: 'sqs-queue', id: 'orders', name: 'orders' },
        { kind: 'consumer-group', id: 'worker', name: 'worker' },
      ],
      connections: [{ id: 'c', kind: 'consume', from: 'orders', to: 'worker' }],
    },
    passing: {
      queuewright: 2,
      nodes: [
        { kind: 'sqs-queue', id: 'orders', name: 'orders' },
        { kind: 'sqs-queue', id: 'orders-dlq', name: 'orders-dlq', role: 'dead-letter', messageRetentionPeriod: 1_209_600 },
        { kind: 'consumer-group', id: 'worker', name: 'worker' },
      ],
      connections: [
        { id: 'c', kind: 'consume', from: 'orders', to: 'worker' },
        { id: 'd', kind: 'dead-letter', from: 'orders', to: 'orders-dlq', maxReceiveCount: 5 },
      ],
    },
  },
};
