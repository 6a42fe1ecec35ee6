import { nodesOfKind, patchNode } from '../../design';
import { atLeastOnce, requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';
import { consumeEdges, plannedPartitionIncrease } from './_topics';

export const partitionGrowthLoss = defineRule({
  meta: {
    id: 'kafka/partition-growth-loss',
    category: 'delivery',
    severity: 'warning',
    docs: {
      summary: 'A group reading a topic that is planned to gain partitions must not reset new partitions to latest.',
      rationale:
        'When partitions are added, producers may write to them before the group notices the new partitions. A group with auto.offset.reset=latest (Kafka\'s default) then starts them at the end and never reads those first records: the consumer docs warn that adding partitions with this setting "may cause message delivery loss". Only at-least-once groups are checked.',
      howToFix: 'Set auto.offset.reset=earliest on groups that must not lose records.',
      sources: [KAFKA_SOURCES.consumerConfigs],
    },
    messages: {
      latest:
        'Topic "{topic}" is planned to grow to {planned} partitions and group "{group}" resets to latest: records written to the new partitions before the group picks them up are skipped.',
    },
    examples: {
      failing: exampleDesign({
        nodes: [
          { kind: 'producer', id: 'orders-api' },
          { kind: 'kafka-topic', id: 'orders', partitions: 6, plannedPartitions: 12 },
          { kind: 'consumer-group', id: 'billing', kafka: { 'auto.offset.reset': 'latest' } },
        ],
        connections: [
          ['orders-api', 'orders', 'publish'],
          ['orders', 'billing', 'consume'],
        ],
      }),
      passing: exampleDesign({
        nodes: [
          { kind: 'kafka-topic', id: 'orders', partitions: 6, plannedPartitions: 12 },
          { kind: 'consumer-group', id: 'billing', kafka: { 'auto.offset.reset': 'earliest' } },
        ],
        connections: [['orders', 'billing', 'consume']],
      }),
    },
  },
  check({ design, report }) {
    for (const topic of nodesOfKind(design, 'kafka-topic')) {
      if (!plannedPartitionIncrease(topic)) continue;
      for (const { connection, group } of consumeEdges(design, topic.id)) {
        if (group.kafka['auto.offset.reset'] !== 'latest' || !atLeastOnce(requirementsAt(design, group.id))) continue;
        report({
          target: { type: 'connection', id: connection.id },
          messageId: 'latest',
          data: { topic: topic.name, planned: topic.plannedPartitions, group: group.name },
          fix: {
            label: `Set auto.offset.reset=earliest on "${group.name}"`,
            apply: (d) => patchNode(d, group.id, { kafka: { 'auto.offset.reset': 'earliest' } }),
          },
        });
      }
    }
  },
});
