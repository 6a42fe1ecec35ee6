import { nodesOfKind, outgoing, patchNode } from '../../design';
import { defineRule } from '../rule';
import { subscriptionsOf } from './_topology';

export const orderingRegionalEndpoint = defineRule({
  meta: {
    id: 'pubsub/ordering-regional-endpoint',
    category: 'ordering',
    severity: 'info',
    reads: ['producer', 'pubsub-subscription'],
    summary: 'A producer whose Pub/Sub messages are delivered in order should publish through a regional endpoint: Pub/Sub keeps the order of a key only among messages published in one region.',
    messages: {
      global:
        'Producer "{producer}" publishes to "{topic}", whose subscription "{subscription}" delivers in order, through the global endpoint, which routes each publish to the nearest region: instances in two regions, or a failover, publish one key in two regions and its order is lost.',
    },
  },
  check({ design, graph, report }) {
    for (const producer of nodesOfKind(design, 'producer')) {
      if (producer.pubsub?.endpoint === 'regional' || producer.keyStrategy !== 'entity-id') continue;
      for (const c of outgoing(design, producer.id, 'publish')) {
        const topic = graph.nodeById.get(c.to);
        if (topic?.kind !== 'pubsub-topic') continue;
        const ordered = subscriptionsOf(graph, topic.id).find((s) => s.enableMessageOrdering);
        if (!ordered) continue;
        report({
          target: { type: 'node', id: producer.id },
          messageId: 'global',
          data: { producer: producer.name, topic: topic.name, subscription: ordered.name },
          fix: { label: 'Publish through a regional endpoint', apply: (d) => patchNode(d, producer.id, { pubsub: { endpoint: 'regional' } }) },
        });
        break;
      }
    }
  },
});
