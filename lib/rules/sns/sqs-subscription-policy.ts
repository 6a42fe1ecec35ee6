import { updateConnection, updateNode } from '../../design';
import { defineRule } from '../rule';
import { subscriptions } from './_subscriptions';

export const sqsSubscriptionPolicy = defineRule({
  meta: {
    id: 'sns/sqs-subscription-policy',
    category: 'delivery',
    severity: 'error',
    reads: ['sqs-queue'],
    summary: "An SQS queue subscribed to an SNS topic must let the topic send to it: its queue policy, and its encryption key's policy.",
    messages: {
      policy: 'The policy of queue "{queue}" does not allow topic "{topic}" to send to it, so SNS fails every delivery with a client-side error and does not retry.',
      kms: 'Queue "{queue}" is encrypted with the AWS managed key, whose policy cannot let topic "{topic}" use it, so SNS fails every delivery with a client-side error and does not retry.',
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
