import { indexGraph, updateConnection, type Design } from '../../design';
import { defineRule } from '../rule';
import { addDeadLetterQueue } from '../sqs/_dead-letter-queue';
import { baseName } from '../sqs/_queue-name';
import { endpointLabel, subscriptions, type Subscription } from './_subscriptions';

/** Adds a dead-letter queue beside the topic (same account and region, same type) and points the subscription at it. */
function attachDeadLetterQueue(design: Design, subscription: Subscription, id?: string): Design {
  const { topic, connection, endpoint } = subscription;
  if (id !== undefined && indexGraph(design).nodeById.has(id)) return design;
  const added = addDeadLetterQueue(design, { near: topic, base: `${baseName(endpoint?.name ?? topic.name)}-sns`, id, fifo: topic.fifo });
  return id !== undefined ? added.design : updateConnection(added.design, connection.id, { deadLetterQueue: added.id });
}

export const subscriptionDlq = defineRule({
  meta: {
    id: 'sns/subscription-dlq',
    category: 'error-handling',
    severity: 'warning',
    reads: [],
    summary: 'Every SNS subscription should have a dead-letter queue (a redrive policy to an SQS queue).',
    messages: {
      noDlq: 'The subscription of {endpoint} to topic "{topic}" has no dead-letter queue, so messages SNS cannot deliver are dropped after its retries, or at once on a client-side error.',
      missingDlq: 'The subscription of {endpoint} to topic "{topic}" dead-letters to "{dlq}", which is not declared in the design, so messages SNS cannot deliver have nowhere to go.',
      notQueue: 'The subscription of {endpoint} to topic "{topic}" dead-letters to "{dlq}", which is not an SQS queue, the only kind of SNS dead-letter queue.',
    },
  },
  check({ design, graph, report }) {
    for (const subscription of subscriptions(design)) {
      const { topic, connection } = subscription;
      const data = { endpoint: endpointLabel(subscription), topic: topic.name, dlq: connection.deadLetterQueue };
      const target = { type: 'connection', id: connection.id } as const;
      if (connection.deadLetterQueue === undefined) {
        report({ target, messageId: 'noDlq', data, fix: { label: 'Add a dead-letter queue to the subscription', apply: (d) => attachDeadLetterQueue(d, subscription) } });
        continue;
      }
      const dlq = graph.nodeById.get(connection.deadLetterQueue);
      if (!dlq) {
        const id = connection.deadLetterQueue;
        report({ target, messageId: 'missingDlq', data, fix: { label: `Declare dead-letter queue "${id}"`, apply: (d) => attachDeadLetterQueue(d, subscription, id) } });
      } else if (dlq.kind !== 'sqs-queue') {
        report({ target, messageId: 'notQueue', data: { ...data, dlq: dlq.name } });
      }
    }
  },
});
