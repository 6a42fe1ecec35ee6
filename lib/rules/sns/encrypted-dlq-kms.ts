import { updateNode } from '../../design';
import { defineRule } from '../rule';
import { AWS_DOCS } from '../sqs/_sources';
import { endpointLabel, subscriptions } from './_subscriptions';

export const encryptedDlqKms = defineRule({
  meta: {
    id: 'sns/encrypted-dlq-kms',
    category: 'error-handling',
    severity: 'error',
    docs: {
      summary: "An SNS subscription's dead-letter queue must not be encrypted with the AWS managed key for SQS.",
      rationale:
        "To use an encrypted SQS queue as a subscription's dead-letter queue, SNS must be allowed to use the queue's KMS key, which takes a customer managed key whose key policy grants the SNS service principal kms:GenerateDataKey and kms:Decrypt. The policy of the AWS managed key (alias/aws/sqs) cannot be changed, so SNS cannot put a failed message in the queue, and the message the DLQ was there to save is lost.",
      howToFix: 'Encrypt the dead-letter queue with a customer managed KMS key whose policy lets SNS use it (the fix switches the key type), or with SQS-managed encryption (SSE-SQS).',
      sources: [AWS_DOCS.snsDeadLetterQueues, AWS_DOCS.keyManagement],
    },
    messages: {
      awsManagedKey: 'Dead-letter queue "{dlq}" of the subscription of {endpoint} to topic "{topic}" is encrypted with the AWS managed key, which SNS cannot use, so failed messages cannot be saved there.',
    },
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
  },
  check({ design, graph, report }) {
    for (const subscription of subscriptions(design)) {
      const { topic, connection } = subscription;
      const dlq = connection.deadLetterQueue === undefined ? undefined : graph.nodeById.get(connection.deadLetterQueue);
      if (dlq?.kind !== 'sqs-queue' || dlq.kmsManagedKey !== 'aws-managed') continue;
      report({
        target: { type: 'connection', id: connection.id },
        messageId: 'awsManagedKey',
        data: { dlq: dlq.name, endpoint: endpointLabel(subscription), topic: topic.name },
        fix: { label: 'Encrypt with a customer managed key', apply: (d) => updateNode(d, dlq.id, { kmsManagedKey: 'customer-managed' }) },
      });
    }
  },
});
