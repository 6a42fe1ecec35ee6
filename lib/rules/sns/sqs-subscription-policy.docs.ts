import type { RuleDocs } from '../rule-docs';
import { AWS_DOCS } from '../sqs/_sources';

/** The docs and examples of `sns/sqs-subscription-policy`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "SNS delivers to a queue with sqs:SendMessage, which the queue's policy must allow for the topic (principal sns.amazonaws.com, condition aws:SourceArn = the topic). A queue encrypted with the AWS managed key for SQS (alias/aws/sqs) cannot let SNS in, because that key's policy cannot be changed. Both are client-side errors, which SNS does not retry: without a subscription dead-letter queue the message is lost. Queuewright only reports a queue policy explicitly declared as not allowing the topic.",
  howToFix:
    'Add a queue policy allowing sqs:SendMessage from the topic, and encrypt the queue with a customer managed KMS key whose policy lets SNS use it (kms:GenerateDataKey, kms:Decrypt), or with SQS-managed encryption (SSE-SQS).',
  sources: [AWS_DOCS.snsSubscribeSqs, AWS_DOCS.snsDeadLetterQueues, AWS_DOCS.keyManagement],
  examples: {
    failing: {
      queuewright: 2,
      nodes: [
        { kind: 'sns-topic', id: 'orders', name: 'orders' },
        { kind: 'sqs-queue', id: 'billing', name: 'billing' },
      ],
      connections: [{ id: 's', kind: 'subscription', from: 'orders', to: 'billing', queuePolicyAllowsTopic: false }],
    },
    passing: {
      queuewright: 2,
      nodes: [
        { kind: 'sns-topic', id: 'orders', name: 'orders' },
        { kind: 'sqs-queue', id: 'billing', name: 'billing' },
      ],
      connections: [{ id: 's', kind: 'subscription', from: 'orders', to: 'billing', queuePolicyAllowsTopic: true }],
    },
  },
};
