import { defineRule } from '../rule';
import { requirementsAt } from '../needs';
import { endpointLabel, hasFilterPolicy, subscriptions } from './_subscriptions';

export const fifoFilterAtMostOnce = defineRule({
  meta: {
    id: 'sns/fifo-filter-at-most-once',
    category: 'delivery',
    severity: 'warning',
    reads: ['producer', 'rabbitmq-exchange', 'rabbitmq-queue', 'sns-topic', 'consumer-group', 'projection'],
    summary: 'A subscription filter policy on an SNS FIFO topic gives up exactly-once delivery.',
    messages: {
      atMostOnce: 'The subscription of {endpoint} to FIFO topic "{topic}" has a filter policy, which makes SNS FIFO delivery at-most-once, on a flow that requires exactly-once delivery.',
    },
  },
  check({ design, report }) {
    for (const subscription of subscriptions(design)) {
      const { topic, connection } = subscription;
      if (!topic.fifo || !hasFilterPolicy(connection)) continue;
      if (requirementsAt(design, topic.id)?.delivery !== 'exactly-once') continue;
      report({ target: { type: 'connection', id: connection.id }, messageId: 'atMostOnce', data: { endpoint: endpointLabel(subscription), topic: topic.name } });
    }
  },
});
