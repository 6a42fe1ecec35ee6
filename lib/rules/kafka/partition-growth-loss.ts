import { nodesOfKind, patchNode } from '../../design';
import { atLeastOnce, requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { consumeEdges, plannedPartitionIncrease } from './_topics';

export const partitionGrowthLoss = defineRule({
  meta: {
    id: 'kafka/partition-growth-loss',
    category: 'delivery',
    severity: 'warning',
    reads: ['producer', 'kafka-topic', 'rabbitmq-exchange', 'rabbitmq-queue', 'consumer-group', 'projection'],
    summary: 'A group reading a topic that is planned to gain partitions must not reset new partitions to latest.',
    messages: {
      latest: 'Topic "{topic}" is planned to grow to {planned} partitions and group "{group}" resets to latest: records written to the new partitions before the group picks them up are skipped.',
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
