import type { RuleDocs } from '../rule-docs';
import { AWS_DOCS } from '../sqs/_sources';

/** The docs and examples of `sns/subscription-dlq`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'SNS does not retry a delivery that fails with a client-side error (the queue was deleted, its policy or key no longer lets SNS in): the message is dropped at once. Server-side errors are retried (for SQS and Lambda endpoints up to 100,015 times over 23 days, far less for HTTP) and then dropped. With a dead-letter queue on the subscription, SNS keeps those messages instead of losing them.',
  howToFix:
    'Give each subscription a redrive policy to an SQS queue in the same account and region, of the topic\'s type (FIFO for a FIFO topic). The fix adds "<endpoint>-sns-dlq" with 14-day retention and a depth alarm.',
  sources: [AWS_DOCS.snsDeadLetterQueues, AWS_DOCS.snsDeliveryRetries, AWS_DOCS.snsFifoDurability],
  examples: {
    failing: {
      queuewright: 2,
      nodes: [
        { kind: 'sns-topic', id: 'orders', name: 'orders' },
        { kind: 'sqs-queue', id: 'billing', name: 'billing' },
      ],
      connections: [{ id: 's', kind: 'subscription', from: 'orders', to: 'billing', queuePolicyAllowsTopic: true }],
    },
    passing: {
      queuewright: 2,
      nodes: [
        { kind: 'sns-topic', id: 'orders', name: 'orders' },
        { kind: 'sqs-queue', id: 'billing', name: 'billing' },
        { kind: 'sqs-queue', id: 'billing-sns-dlq', name: 'billing-sns-dlq', role: 'dead-letter', messageRetentionPeriod: 1_209_600 },
      ],
      connections: [{ id: 's', kind: 'subscription', from: 'orders', to: 'billing', queuePolicyAllowsTopic: true, deadLetterQueue: 'billing-sns-dlq' }],
    },
  },
};
