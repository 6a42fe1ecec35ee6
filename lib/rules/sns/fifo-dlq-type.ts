import { updateNode } from '../../design';
import { defineRule } from '../rule';
import { locationDifference } from '../sqs/_aws-location';
import { dlqTypeFitsAllSources } from '../sqs/_dead-letter-queue';
import { queueName } from '../sqs/_queue-name';
import { endpointLabel, subscriptions } from './_subscriptions';

export const fifoDlqType = defineRule({
  meta: {
    id: 'sns/fifo-dlq-type',
    category: 'error-handling',
    severity: 'error',
    reads: ['sqs-queue', 'sns-topic'],
    summary: "The dead-letter queue of a FIFO topic's subscription must be an SQS FIFO queue in the same account and region as the subscription.",
    messages: {
      standardDlq: 'The subscription of {endpoint} to FIFO topic "{topic}" dead-letters to standard queue "{dlq}", but a FIFO subscription needs an SQS FIFO dead-letter queue.',
      elsewhere:
        'The subscription of {endpoint} to topic "{topic}" dead-letters to "{dlq}" in {field} "{to}", but an SNS dead-letter queue must be in the subscription\'s account and region ("{from}").',
    },
  },
  check({ design, graph, report }) {
    for (const subscription of subscriptions(design)) {
      const { topic, connection } = subscription;
      const dlq = connection.deadLetterQueue === undefined ? undefined : graph.nodeById.get(connection.deadLetterQueue);
      if (dlq?.kind !== 'sqs-queue') continue;
      const target = { type: 'connection', id: connection.id } as const;
      const data = { endpoint: endpointLabel(subscription), topic: topic.name, dlq: dlq.name };
      if (topic.fifo && !dlq.fifo) {
        report({
          target,
          messageId: 'standardDlq',
          data,
          fix: dlqTypeFitsAllSources(design, dlq.id, true)
            ? { label: `Make "${dlq.name}" a FIFO queue`, apply: (d) => updateNode(d, dlq.id, { fifo: true, name: queueName(dlq.name, true) }) }
            : undefined,
        });
      }
      const difference = locationDifference(design, topic, dlq);
      if (difference) report({ target, messageId: 'elsewhere', data: { ...data, ...difference } });
    }
  },
});
