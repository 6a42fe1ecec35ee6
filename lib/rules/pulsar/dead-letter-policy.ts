import { addNode, connect, updateNode, type Design } from '../../design';
import { atLeastOnce, requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { consumersOf, deadLetterTopicOf, isDeadLetterTopic, topicOf, type PulsarSubscription, type PulsarTopic } from './_topology';

/** Deliveries before a message is dead-lettered: enough to ride out a transient failure, few enough to stop a poison message soon. */
const MAX_REDELIVER_COUNT = 5;

/** Sets maxRedeliverCount and, without a dead letter topic in the design, adds the client's default one ({topic}-{subscription}-DLQ). */
function addDeadLetterPolicy(design: Design, subscription: PulsarSubscription, topic: PulsarTopic | undefined, hasTopic: boolean): Design {
  const withCount = updateNode(design, subscription.id, { maxRedeliverCount: MAX_REDELIVER_COUNT });
  if (hasTopic) return withCount;
  const position = design.layout?.[subscription.id];
  const { design: withTopic, id } = addNode(withCount, 'pulsar-topic', {
    name: `${topic?.name ?? 'topic'}-${subscription.name}-DLQ`,
    position: position ? { x: position.x + 200, y: position.y + 120 } : undefined,
    props: { role: 'dead-letter', ...(topic ? { tenant: topic.tenant, namespace: topic.namespace, ...(topic.cluster ? { cluster: topic.cluster } : {}) } : {}) },
  });
  const connected = connect(withTopic, subscription.id, id, 'dead-letter');
  return connected.ok ? connected.design : withTopic;
}

export const deadLetterPolicy = defineRule({
  meta: {
    id: 'pulsar/dead-letter-policy',
    category: 'error-handling',
    severity: 'warning',
    reads: ['producer', 'rabbitmq-exchange', 'rabbitmq-queue', 'pulsar-topic', 'pulsar-subscription', 'consumer-group', 'projection'],
    summary: 'A Shared or Key_Shared Pulsar subscription on an at-least-once flow needs a dead letter policy (maxRedeliverCount): without one, a message that always fails is redelivered forever.',
    messages: {
      forever:
        'Subscription "{subscription}" has no dead letter policy (maxRedeliverCount), so a message its consumers can never process is negatively acknowledged or times out and is redelivered forever, taking a consumer\'s time on every round.',
    },
  },
  check({ design, graph, report }) {
    for (const subscription of design.nodes) {
      if (subscription.kind !== 'pulsar-subscription' || subscription.maxRedeliverCount !== undefined) continue;
      // Pulsar applies a dead letter policy to Shared and Key_Shared subscriptions only (apache/pulsar#4100).
      if (subscription.subscriptionType !== 'Shared' && subscription.subscriptionType !== 'Key_Shared') continue;
      if (consumersOf(graph, subscription.id).length === 0 || !atLeastOnce(requirementsAt(design, subscription.id))) continue;
      const topic = topicOf(graph, subscription.id);
      if (topic && isDeadLetterTopic(graph, topic)) continue;
      const hasTopic = deadLetterTopicOf(graph, subscription.id) !== undefined;
      report({
        target: { type: 'node', id: subscription.id },
        messageId: 'forever',
        data: { subscription: subscription.name },
        fix: {
          label: hasTopic ? `Set maxRedeliverCount to ${MAX_REDELIVER_COUNT}` : `Dead-letter after ${MAX_REDELIVER_COUNT} redeliveries to a new dead letter topic`,
          apply: (d) => addDeadLetterPolicy(d, subscription, topic, hasTopic),
        },
      });
    }
  },
});
