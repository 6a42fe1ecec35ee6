import { nodesOfKind, updateNode } from '../../design';
import { requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { deliversToApplications, isDeadLetterTopic, topicOf } from './_topology';

export const orderingEnabled = defineRule({
  meta: {
    id: 'pubsub/ordering-enabled',
    category: 'ordering',
    severity: 'error',
    reads: ['producer', 'rabbitmq-exchange', 'rabbitmq-queue', 'pubsub-topic', 'pubsub-subscription', 'consumer-group', 'projection'],
    summary: 'A Pub/Sub subscription on a flow that needs ordering must enable message ordering: without it, messages with the same ordering key arrive in any order.',
    messages: {
      unordered:
        'Subscription "{subscription}" is on a flow that needs {ordering} ordering but does not enable message ordering, so Pub/Sub delivers its messages in any order, even those with the same ordering key.',
    },
  },
  check({ design, graph, report }) {
    for (const subscription of nodesOfKind(design, 'pubsub-subscription')) {
      if (subscription.enableMessageOrdering || !deliversToApplications(subscription)) continue;
      const topic = topicOf(graph, subscription.id);
      // Dead letters leave their key's sequence anyway: ordering is not kept into a dead-letter topic.
      if (topic && isDeadLetterTopic(design, topic)) continue;
      const ordering = requirementsAt(design, subscription.id)?.ordering;
      if (ordering === undefined || ordering === 'none') continue;
      report({
        target: { type: 'node', id: subscription.id },
        messageId: 'unordered',
        data: { subscription: subscription.name, ordering },
        fix: { label: 'Enable message ordering (set when the subscription is created)', apply: (d) => updateNode(d, subscription.id, { enableMessageOrdering: true }) },
      });
    }
  },
});
