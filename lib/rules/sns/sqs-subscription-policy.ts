import { updateConnection, updateNode } from '../../design';
import { defineRule } from '../rule';
import { AWS_DOCS } from '../sqs/_sources';
import { subscriptions } from './_subscriptions';

export const sqsSubscriptionPolicy = defineRule({
  meta: {
    id: 'sns/sqs-subscription-policy',
    category: 'delivery',
    severity: 'error',
    docs: {
      summary: "An SQS queue subscribed to an SNS topic must let the topic send to it: its queue policy, and its encryption key's policy.",
      rationale:
        "SNS delivers to a queue with sqs:SendMessage, which the queue's policy must allow for the topic (principal sns.amazonaws.com, condition aws:SourceArn = the topic). A queue encrypted with the AWS managed key for SQS (alias/aws/sqs) cannot let SNS in, because that key's policy cannot be changed. Both are client-side errors, which SNS does not retry: without a subscription dead-letter queue the message is lost. Queuewright only reports a queue policy explicitly declared as not allowing the topic.",
      howToFix:
        'Add a queue policy allowing sqs:SendMessage from the topic, and encrypt the queue with a customer managed KMS key whose policy lets SNS use it (kms:GenerateDataKey, kms:Decrypt), or with SQS-managed encryption (SSE-SQS).',
      sources: [AWS_DOCS.snsSubscribeSqs, AWS_DOCS.snsDeadLetterQueues, AWS_DOCS.keyManagement],
    },
    messages: {
      policy: 'The policy of queue "{queue}" does not allow topic "{topic}" to send to it, so SNS fails every delivery with a client-side error and does not retry.',
      kms: 'Queue "{queue}" is encrypted with the AWS managed key, whose policy cannot let topic "{topic}" use it, so SNS fails every delivery with a client-side error and does not retry.',
    },
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
  },
  check({ design, report }) {
    for (const { topic, connection, endpoint } of subscriptions(design)) {
      if (endpoint?.kind !== 'sqs-queue') continue;
      const data = { queue: endpoint.name, topic: topic.name };
      if (connection.queuePolicyAllowsTopic === false) {
        report({
          target: { type: 'connection', id: connection.id },
          messageId: 'policy',
          data,
          fix: { label: 'Allow the topic in the queue policy', apply: (d) => updateConnection(d, connection.id, { queuePolicyAllowsTopic: true }) },
        });
      }
      if (endpoint.kmsManagedKey === 'aws-managed') {
        report({
          target: { type: 'connection', id: connection.id },
          messageId: 'kms',
          data,
          fix: { label: 'Encrypt with a customer managed key', apply: (d) => updateNode(d, endpoint.id, { kmsManagedKey: 'customer-managed' }) },
        });
      }
    }
  },
});
