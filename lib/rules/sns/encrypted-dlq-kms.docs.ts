import type { RuleDocs } from '../rule-docs';
import { AWS_DOCS } from '../sqs/_sources';

/** The docs and examples of `sns/encrypted-dlq-kms`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "To use an encrypted SQS queue as a subscription's dead-letter queue, SNS must be allowed to use the queue's KMS key, which takes a customer managed key whose key policy grants the SNS service principal kms:GenerateDataKey and kms:Decrypt. The policy of the AWS managed key (alias/aws/sqs) cannot be changed, so SNS cannot put a failed message in the queue, and the message the DLQ was there to save is lost.",
  howToFix: 'Encrypt the dead-letter queue with a customer managed KMS key whose policy lets SNS use it (the fix switches the key type), or with SQS-managed encryption (SSE-SQS).',
  sources: [AWS_DOCS.snsDeadLetterQueues, AWS_DOCS.keyManagement],
  examples: {
    failing: {
      queuewright: 2,
      nodes: [
        { kind: 'sns-topic', id: 'orders', name: 'orders' },
        { kind: 'sqs-queue', id: 'billing', name: 'billing' },
        { kind: 'sqs-queue', id: 'billing-sns-dlq', name: 'billing-sns-dlq', role: 'dead-letter', kmsManagedKey: 'aws-managed' },
      ],
      connections: [{ id: 's', kind: 'subscription', from: 'orders', to: 'billing', deadLetterQueue: 'billing-sns-dlq' }],
    },
    passing: {
      queuewright: 2,
      nodes: [
        { kind: 'sns-topic', id: 'orders', name: 'orders' },
        { kind: 'sqs-queue', id: 'billing', name: 'billing' },
        { kind: 'sqs-queue', id: 'billing-sns-dlq', name: 'billing-sns-dlq', role: 'dead-letter', kmsManagedKey: 'customer-managed' },
      ],
      connections: [{ id: 's', kind: 'subscription', from: 'orders', to: 'billing', deadLetterQueue: 'billing-sns-dlq' }],
    },
  },
};
