import { nodesOfKind, updateNode } from '../../design';
import { defineRule } from '../rule';
import { isDeadLetterTopic, topicOf } from './_topology';

const DAY = 86_400;

export const deadLetterSubscriptionExpires = defineRule({
  meta: {
    id: 'pubsub/dead-letter-subscription-expires',
    category: 'error-handling',
    severity: 'warning',
    reads: ['pubsub-topic', 'pubsub-subscription'],
    summary: 'A subscription on a Pub/Sub dead-letter topic should never expire: it is idle by design, and an expired subscription takes its dead letters with it.',
    messages: {
      expires:
        'Subscription "{subscription}" on dead-letter topic "{topic}" is deleted after {days} days without a subscriber reading it ({why}); dead letters are read rarely, so it can vanish with its backlog, and later dead letters are dropped.',
    },
  },
  check({ design, graph, source, report }) {
    for (const subscription of nodesOfKind(design, 'pubsub-subscription')) {
      if (subscription.expirationTtlSeconds === 0) continue;
      const topic = topicOf(graph, subscription.id);
      if (!topic || !isDeadLetterTopic(design, topic)) continue;
      const unset = source(subscription.id, 'expirationTtlSeconds')?.origin !== 'design';
      report({
        target: { type: 'node', id: subscription.id },
        messageId: 'expires',
        data: {
          subscription: subscription.name,
          topic: topic.name,
          days: Math.round(subscription.expirationTtlSeconds / DAY),
          why: unset ? 'Pub/Sub’s default expiration policy' : 'its expiration policy',
        },
        fix: { label: 'Never expire (expiration policy without a TTL)', apply: (d) => updateNode(d, subscription.id, { expirationTtlSeconds: 0 }) },
      });
    }
  },
});
