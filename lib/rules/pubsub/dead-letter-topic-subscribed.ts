import { addNode, connect, nodesOfKind, type Design } from '../../design';
import { defineRule } from '../rule';
import { deadLetteringInto, subscriptionsOf, type PubsubTopic } from './_topology';

/** A pull subscription on the dead-letter topic that never expires, so dead letters are kept until someone reads them. */
function subscribe(design: Design, topic: PubsubTopic): Design {
  const added = addNode(design, 'pubsub-subscription', {
    name: `${topic.name}-sub`,
    props: { cluster: topic.cluster, expirationTtlSeconds: 0, messageRetentionDuration: 2_678_400, depthAlert: true },
  });
  const connected = connect(added.design, topic.id, added.id, 'subscription');
  return connected.ok ? connected.design : design;
}

export const deadLetterTopicSubscribed = defineRule({
  meta: {
    id: 'pubsub/dead-letter-topic-subscribed',
    category: 'error-handling',
    severity: 'error',
    reads: [],
    // A dead-letter topic without subscriptions is also a topic nobody reads; this finding says why it matters.
    subsumes: ['core/unconsumed-channel'],
    summary: 'A Pub/Sub dead-letter topic must have a subscription: messages published to a topic without subscriptions are lost.',
    messages: {
      unsubscribed: 'Dead-letter topic "{topic}" of {sources} has no subscription, so every message Pub/Sub dead-letters there is dropped: a topic keeps messages only for its subscriptions.',
    },
  },
  check({ design, graph, report }) {
    for (const topic of nodesOfKind(design, 'pubsub-topic')) {
      const sources = deadLetteringInto(graph, topic.id);
      if (sources.length === 0 || subscriptionsOf(graph, topic.id).length > 0) continue;
      report({
        target: { type: 'node', id: topic.id },
        messageId: 'unsubscribed',
        data: { topic: topic.name, sources: sources.map((s) => `"${s.name}"`).join(', ') },
        fix: { label: `Add subscription "${topic.name}-sub" that never expires`, apply: (d) => subscribe(d, topic) },
      });
    }
  },
});
