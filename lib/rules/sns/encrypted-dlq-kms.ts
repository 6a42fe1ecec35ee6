import { updateNode } from '../../design';
import { defineRule } from '../rule';
import { endpointLabel, subscriptions } from './_subscriptions';

export const encryptedDlqKms = defineRule({
  meta: {
    id: 'sns/encrypted-dlq-kms',
    category: 'error-handling',
    severity: 'error',
    reads: ['sqs-queue'],
    summary: "An SNS subscription's dead-letter queue must not be encrypted with the AWS managed key for SQS.",
    messages: {
      awsManagedKey:
        'Dead-letter queue "{dlq}" of the subscription of {endpoint} to topic "{topic}" is encrypted with the AWS managed key, which SNS cannot use, so failed messages cannot be saved there.',
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
