import { updateNode } from '../../design';
import { orderedFlow, requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { consumersOf, isDeadLetterTopic, topicOf } from './_topology';

export const subscriptionTypeKeepsOrder = defineRule({
  meta: {
    id: 'pulsar/subscription-type-keeps-order',
    category: 'ordering',
    severity: 'error',
    reads: ['producer', 'rabbitmq-exchange', 'rabbitmq-queue', 'pulsar-topic', 'pulsar-subscription', 'consumer-group', 'projection'],
    summary: 'A Pulsar subscription on an ordered flow must use a type that keeps order: Shared hands messages round robin to its consumers, and Key_Shared keeps order per key only.',
    messages: {
      unordered: 'Subscription "{subscription}" is a {type} subscription on a flow that needs {ordering} ordering: {why}, so its consumers can process messages out of order.',
    },
  },
  check({ design, graph, report }) {
    for (const subscription of design.nodes) {
      if (subscription.kind !== 'pulsar-subscription' || consumersOf(graph, subscription.id).length === 0) continue;
      const topic = topicOf(graph, subscription.id);
      // Dead letters have left their key's sequence already.
      if (topic && isDeadLetterTopic(graph, topic)) continue;
      const needs = requirementsAt(design, subscription.id);
      if (!orderedFlow(needs)) continue;
      const type = subscription.subscriptionType;
      const keeps = type === 'Exclusive' || type === 'Failover' || (type === 'Key_Shared' && needs.ordering === 'per-key');
      if (keeps) continue;
      const target = needs.ordering === 'per-key' ? 'Key_Shared' : 'Failover';
      report({
        target: { type: 'node', id: subscription.id },
        messageId: 'unordered',
        data: {
          subscription: subscription.name,
          type,
          ordering: needs.ordering,
          why:
            type === 'Shared' ? 'Shared dispatches messages round robin across consumers and gives no ordering guarantee' : 'Key_Shared keeps each key in order but spreads the keys across consumers',
        },
        fix: { label: `Make it a ${target} subscription`, apply: (d) => updateNode(d, subscription.id, { subscriptionType: target }) },
      });
    }
  },
});
