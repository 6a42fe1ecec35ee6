import { nodesOfKind, patchNode } from '../../design';
import { defineRule } from '../rule';
import { exampleDesign } from './_examples';
import { minIsrApplies } from './_min-isr';
import { acksAll } from './_producers';
import { KAFKA_SOURCES } from './_sources';
import { publishEdges } from './_topics';

export const minIsrGe2WithAcksAll = defineRule({
  meta: {
    id: 'kafka/min-isr-ge-2-with-acks-all',
    category: 'durability',
    severity: 'warning',
    docs: {
      summary: 'A replicated topic written with acks=all should require at least 2 in-sync replicas.',
      rationale:
        'acks=all waits for the replicas that are in sync at that moment. With min.insync.replicas=1 that can be the leader alone, so a write is acknowledged with a single copy and is lost if that broker fails. The documented durable setup is replication factor 3, min.insync.replicas 2, acks=all.',
      howToFix: 'Set min.insync.replicas=2.',
      sources: [KAFKA_SOURCES.topicConfigs, KAFKA_SOURCES.designHa, KAFKA_SOURCES.confluentDurability],
    },
    messages: {
      singleCopy:
        'Topic "{topic}" has {rf} replicas but min.insync.replicas={minIsr}, so acks=all writes from "{producer}" can be acknowledged with one copy and lost with one broker.',
    },
    examples: {
      failing: exampleDesign({
        nodes: [
          { kind: 'producer', id: 'orders-api', kafka: { acks: 'all' } },
          { kind: 'kafka-topic', id: 'orders', replicationFactor: 3, config: { 'min.insync.replicas': 1 } },
        ],
        connections: [['orders-api', 'orders', 'publish']],
      }),
      passing: exampleDesign({
        nodes: [
          { kind: 'producer', id: 'orders-api', kafka: { acks: 'all' } },
          { kind: 'kafka-topic', id: 'orders', replicationFactor: 3, config: { 'min.insync.replicas': 2 } },
        ],
        connections: [['orders-api', 'orders', 'publish']],
      }),
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
