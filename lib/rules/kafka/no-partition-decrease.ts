import { nodesOfKind } from '../../design';
import { defineRule } from '../rule';

export const noPartitionDecrease = defineRule({
  meta: {
    id: 'kafka/no-partition-decrease',
    category: 'operability',
    severity: 'error',
    reads: ['kafka-topic'],
    scope: 'node',
    summary: "A topic's planned partition count cannot be lower than its current one.",
    messages: {
      shrink: 'Topic "{topic}" is planned to go from {partitions} to {planned} partitions: Kafka cannot reduce a topic\'s partition count.',
    },
  },
  check({ design, report }) {
    for (const topic of nodesOfKind(design, 'kafka-topic')) {
      if (topic.plannedPartitions === undefined || topic.plannedPartitions >= topic.partitions) continue;
      // No fix: the remedy (a new topic and a migration) is a decision, not a field change.
      report({
        target: { type: 'node', id: topic.id },
        messageId: 'shrink',
        data: { topic: topic.name, partitions: topic.partitions, planned: topic.plannedPartitions },
      });
    }
  },
});
