import { nodesOfKind, patchNode } from '../../design';
import { defineRule } from '../rule';
import { exampleDesign } from './_examples';
import { minIsrApplies, minIsrFor } from './_min-isr';
import { KAFKA_SOURCES } from './_sources';

export const minIsrLeReplicationFactor = defineRule({
  meta: {
    id: 'kafka/min-isr-le-replication-factor',
    category: 'durability',
    severity: 'error',
    docs: {
      summary: 'A topic\'s min.insync.replicas must not exceed its replication factor.',
      rationale:
        'The in-sync replica set can never be larger than the replication factor, so the minimum is never met: every acks=all write fails with NotEnoughReplicas. (Redpanda ignores min.insync.replicas, so topics on Redpanda clusters are not checked.)',
      howToFix: 'Set min.insync.replicas to the replication factor minus one (at least 1), or raise the replication factor.',
      sources: [KAFKA_SOURCES.topicConfigs, KAFKA_SOURCES.designHa],
    },
    messages: {
      unreachable:
        'Topic "{topic}" has min.insync.replicas={minIsr} but only {rf} replicas: the minimum can never be met, so every acks=all write fails with NotEnoughReplicas.',
    },
    examples: {
      failing: exampleDesign({ nodes: [{ kind: 'kafka-topic', id: 'orders', replicationFactor: 2, config: { 'min.insync.replicas': 3 } }] }),
      passing: exampleDesign({ nodes: [{ kind: 'kafka-topic', id: 'orders', replicationFactor: 3, config: { 'min.insync.replicas': 2 } }] }),
    },
  },
  check({ design, report }) {
    for (const topic of nodesOfKind(design, 'kafka-topic')) {
      const minIsr = topic.config['min.insync.replicas'];
      const rf = topic.replicationFactor;
      if (minIsr <= rf || !minIsrApplies(design, topic)) continue;
      const target = minIsrFor(rf);
      report({
        target: { type: 'node', id: topic.id },
        messageId: 'unreachable',
        data: { topic: topic.name, minIsr, rf },
        fix: {
          label: `Set min.insync.replicas=${target}`,
          apply: (d) => patchNode(d, topic.id, { config: { 'min.insync.replicas': target } }),
        },
      });
    }
  },
});
