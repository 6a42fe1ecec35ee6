import { updateNode } from '../../design';
import { defineRule } from '../rule';
import { locationDifference } from '../sqs/_aws-location';
import { dlqTypeFitsAllSources } from '../sqs/_dead-letter-queue';
import { queueName } from '../sqs/_queue-name';
import { AWS_DOCS } from '../sqs/_sources';
import { endpointLabel, subscriptions } from './_subscriptions';

export const fifoDlqType = defineRule({
  meta: {
    id: 'sns/fifo-dlq-type',
    category: 'error-handling',
    severity: 'error',
    docs: {
      summary: "The dead-letter queue of a FIFO topic's subscription must be an SQS FIFO queue in the same account and region as the subscription.",
      rationale:
        "SNS keeps a FIFO subscription's undeliverable messages in order and with their group and deduplication ids, which only an SQS FIFO queue can take; SNS refuses a redrive policy to a standard queue on a FIFO subscription. Every SNS dead-letter queue must also be in the account and region of the subscription (the topic's). Queuewright reads the account and region from the `accountId` and `region` settings of the AWS clusters. (The DLQ of an SQS FIFO queue is checked by sqs/dlq-type-account-region.)",
      howToFix:
        'Use an SQS FIFO queue in the topic\'s account and region as the subscription\'s dead-letter queue. When nothing else dead-letters into the current DLQ as a standard queue, the fix makes it a FIFO queue.',
      sources: [AWS_DOCS.snsFifoDurability, AWS_DOCS.snsDeadLetterQueues],
    },
    messages: {
      standardDlq: 'The subscription of {endpoint} to FIFO topic "{topic}" dead-letters to standard queue "{dlq}", but a FIFO subscription needs an SQS FIFO dead-letter queue.',
      elsewhere: 'The subscription of {endpoint} to topic "{topic}" dead-letters to "{dlq}" in {field} "{to}", but an SNS dead-letter queue must be in the subscription\'s account and region ("{from}").',
    },
    examples: {
      failing: {
        queuewright: 2,
        nodes: [
          { kind: 'sns-topic', id: 'prices', name: 'prices.fifo', fifo: true },
          { kind: 'sqs-queue', id: 'repricer', name: 'repricer.fifo', fifo: true },
          { kind: 'sqs-queue', id: 'prices-dlq', name: 'prices-dlq', role: 'dead-letter' },
        ],
        connections: [{ id: 's', kind: 'subscription', from: 'prices', to: 'repricer', deadLetterQueue: 'prices-dlq' }],
      },
      passing: {
        queuewright: 2,
        nodes: [
          { kind: 'sns-topic', id: 'prices', name: 'prices.fifo', fifo: true },
          { kind: 'sqs-queue', id: 'repricer', name: 'repricer.fifo', fifo: true },
          { kind: 'sqs-queue', id: 'prices-dlq', name: 'prices-dlq.fifo', fifo: true, role: 'dead-letter' },
        ],
        connections: [{ id: 's', kind: 'subscription', from: 'prices', to: 'repricer', deadLetterQueue: 'prices-dlq' }],
      },
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
