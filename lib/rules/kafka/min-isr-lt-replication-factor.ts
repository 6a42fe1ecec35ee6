import { nodesOfKind, patchNode } from '../../design';
import { defineRule } from '../rule';
import { exampleDesign } from './_examples';
import { minIsrApplies, minIsrFor } from './_min-isr';
import { KAFKA_SOURCES } from './_sources';

export const minIsrLtReplicationFactor = defineRule({
  meta: {
    id: 'kafka/min-isr-lt-replication-factor',
    category: 'durability',
    severity: 'warning',
    docs: {
      summary: 'A replicated topic\'s min.insync.replicas should be below its replication factor.',
      rationale:
        'When min.insync.replicas equals the replication factor, every replica must be in sync: a single broker restart or slow follower makes the partitions reject acks=all writes. The Kafka docs note that a higher minimum "reduces availability".',
      howToFix: 'Set min.insync.replicas to the replication factor minus one.',
      sources: [KAFKA_SOURCES.designHa],
    },
    messages: {
      noSlack:
        'Topic "{topic}" requires all {rf} replicas in sync (min.insync.replicas={minIsr}): one broker down makes it reject acks=all writes.',
    },
    examples: {
      failing: exampleDesign({ nodes: [{ kind: 'kafka-topic', id: 'orders', replicationFactor: 3, config: { 'min.insync.replicas': 3 } }] }),
      passing: exampleDesign({ nodes: [{ kind: 'kafka-topic', id: 'orders', replicationFactor: 3, config: { 'min.insync.replicas': 2 } }] }),
    },
  },
  check({ design, report }) {
    for (const topic of nodesOfKind(design, 'kafka-topic')) {
      const rf = topic.replicationFactor;
      if (rf <= 1 || topic.config['min.insync.replicas'] !== rf || !minIsrApplies(design, topic)) continue;
      const target = minIsrFor(rf);
      report({
        target: { type: 'node', id: topic.id },
        messageId: 'noSlack',
        data: { topic: topic.name, rf, minIsr: rf },
        fix: {
          label: `Set min.insync.replicas=${target}`,
          apply: (d) => patchNode(d, topic.id, { config: { 'min.insync.replicas': target } }),
        },
      });
    }
  },
});
