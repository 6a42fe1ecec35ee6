import { indexGraph, nodesOfKind, outgoing, updateNode } from '../../design';
import { producerRequirements } from '../needs';
import { defineRule } from '../rule';

export const orderingKeyPublished = defineRule({
  meta: {
    id: 'pubsub/ordering-key-published',
    category: 'ordering',
    severity: 'error',
    reads: ['producer', 'rabbitmq-exchange', 'rabbitmq-queue', 'consumer-group', 'projection'],
    summary: 'A producer on a per-key ordered flow into Pub/Sub must set the entity as the ordering key: messages without an ordering key are not ordered.',
    messages: {
      noKey: 'Producer "{producer}" publishes to Pub/Sub topic "{topic}" {how} on a per-key ordered flow, so Pub/Sub cannot keep an entity’s messages in order, whatever the subscriptions enable.',
    },
  },
  check({ design, report }) {
    const graph = indexGraph(design);
    for (const producer of nodesOfKind(design, 'producer')) {
      if (producer.keyStrategy === 'entity-id') continue;
      const topic = outgoing(design, producer.id, 'publish')
        .map((c) => graph.nodeById.get(c.to))
        .find((n) => n?.kind === 'pubsub-topic');
      if (!topic || producerRequirements(design, producer).ordering !== 'per-key') continue;
      report({
        target: { type: 'node', id: producer.id },
        messageId: 'noKey',
        data: { producer: producer.name, topic: topic.name, how: producer.keyStrategy === 'none' ? 'without an ordering key' : 'with random ordering keys' },
        fix: { label: 'Publish with the entity id as ordering key', apply: (d) => updateNode(d, producer.id, { keyStrategy: 'entity-id' }) },
      });
    }
  },
});
