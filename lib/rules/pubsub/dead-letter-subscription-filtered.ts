import { nodesOfKind, updateNode } from '../../design';
import { defineRule } from '../rule';
import { isDeadLetterTopic, subscriptionsOf } from './_topology';

export const deadLetterSubscriptionFiltered = defineRule({
  meta: {
    id: 'pubsub/dead-letter-subscription-filtered',
    category: 'error-handling',
    severity: 'warning',
    reads: ['pubsub-topic', 'pubsub-subscription'],
    summary: 'A Pub/Sub dead-letter topic needs a subscription without a filter: a filtered subscription acknowledges, and so discards, every dead letter its filter does not match.',
    messages: {
      filtered:
        'Every subscription of dead-letter topic "{topic}" has a filter, so Pub/Sub acknowledges the dead letters that match none of them, and they are gone; subscription "{subscription}" filters on {filter}.',
    },
  },
  check({ design, graph, report }) {
    for (const topic of nodesOfKind(design, 'pubsub-topic')) {
      if (!isDeadLetterTopic(design, topic)) continue;
      const subscriptions = subscriptionsOf(graph, topic.id);
      if (subscriptions.length === 0 || subscriptions.some((s) => s.filter === undefined || s.filter === '')) continue;
      for (const subscription of subscriptions) {
        report({
          target: { type: 'node', id: subscription.id },
          messageId: 'filtered',
          data: { topic: topic.name, subscription: subscription.name, filter: subscription.filter },
          // A filter is fixed when a subscription is created: in Pub/Sub this is a new subscription without one.
          fix: { label: 'Drop the filter (create the subscription again without it)', apply: (d) => updateNode(d, subscription.id, { filter: undefined }) },
        });
      }
    }
  },
});
