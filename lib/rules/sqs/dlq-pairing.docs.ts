import type { RuleDocs } from '../rule-docs';
import { AWS_DOCS } from './_sources';

/** The docs and examples of `sqs/dlq-pairing`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "A message that always fails is received maxReceiveCount times, and each receive hides it for the visibility timeout (after any delivery delay), so it is at least delay + maxReceiveCount × visibility timeout old before SQS would move it. If the source queue's retention is not longer than that, SQS deletes the message first: the dead-letter queue stays empty while poison messages silently disappear. Separately, queues that dead-letter into each other in a loop, each with consumers, give a failing message no final resting place; it circulates until its retention runs out. (The DLQ's type, location, declaration and retention are checked by sqs/dlq-type-account-region, sqs/dlq-declared and sqs/dlq-retention-gt-source.)",
  howToFix:
    'Keep maxReceiveCount × VisibilityTimeout (plus DelaySeconds) well below the source MessageRetentionPeriod, by lowering the visibility timeout or the receive count, or raising retention. End every redrive chain in a dead-letter queue that does not redrive further.',
  sources: [AWS_DOCS.deadLetterQueues, AWS_DOCS.deadLetterRetention, AWS_DOCS.visibilityTimeout],
  examples: {
    failing: {
      queuewright: 2,
      nodes: [
        { kind: 'sqs-queue', id: 'reports', name: 'reports', visibilityTimeout: 43_200, messageRetentionPeriod: 345_600 },
        { kind: 'sqs-queue', id: 'reports-dlq', name: 'reports-dlq', role: 'dead-letter', messageRetentionPeriod: 1_209_600 },
      ],
      connections: [{ id: 'd', kind: 'dead-letter', from: 'reports', to: 'reports-dlq', maxReceiveCount: 10 }],
    },
    passing: {
      queuewright: 2,
      nodes: [
        { kind: 'sqs-queue', id: 'reports', name: 'reports', visibilityTimeout: 3600, messageRetentionPeriod: 345_600 },
        { kind: 'sqs-queue', id: 'reports-dlq', name: 'reports-dlq', role: 'dead-letter', messageRetentionPeriod: 1_209_600 },
      ],
      connections: [{ id: 'd', kind: 'dead-letter', from: 'reports', to: 'reports-dlq', maxReceiveCount: 10 }],
    },
  },
};
