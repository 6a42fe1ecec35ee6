import { nodesOfKind, patchNode } from '../../design';
import { defineRule } from '../rule';
import { minIsrApplies } from './_min-isr';
import { acksAll } from './_producers';
import { publishEdges } from './_topics';

export const minIsrGe2WithAcksAll = defineRule({
  meta: {
    id: 'kafka/min-isr-ge-2-with-acks-all',
    category: 'durability',
    severity: 'warning',
    reads: ['producer', 'kafka-topic', 'rabbitmq-exchange', 'rabbitmq-queue', 'consumer-group', 'projection'],
    summary: 'A replicated topic written with acks=all should require at least 2 in-sync replicas.',
    messages: {
      singleCopy: 'Topic "{topic}" has {rf} replicas but min.insync.replicas={minIsr}, so acks=all writes from "{producer}" can be acknowledged with one copy and lost with one broker.',
    },
  },
  check({ design, report }) {
    for (const topic of nodesOfKind(design, 'kafka-topic')) {
      const minIsr = topic.config['min.insync.replicas'];
      if (topic.replicationFactor < 3 || minIsr >= 2 || !minIsrApplies(design, topic)) continue;
      const producer = publishEdges(design, topic.id).find((e) => acksAll(e.producer))?.producer;
      if (!producer) continue;
      report({
        target: { type: 'node', id: topic.id },
        messageId: 'singleCopy',
        data: { topic: topic.name, rf: topic.replicationFactor, minIsr, producer: producer.name },
        fix: { label: 'Set min.insync.replicas=2', apply: (d) => patchNode(d, topic.id, { config: { 'min.insync.replicas': 2 } }) },
      });
    }
  },
});
