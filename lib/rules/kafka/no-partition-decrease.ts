import { nodesOfKind } from '../../design';
import { defineRule } from '../rule';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

export const noPartitionDecrease = defineRule({
  meta: {
    id: 'kafka/no-partition-decrease',
    category: 'operability',
    severity: 'error',
    docs: {
      summary: 'A topic\'s planned partition count cannot be lower than its current one.',
      rationale: 'Kafka can add partitions to a topic but never remove them: a plan to shrink a topic cannot be applied in place.',
      howToFix: 'Keep the partition count, or create a new topic with fewer partitions and migrate producers and consumers to it.',
      sources: [KAFKA_SOURCES.opsModifyTopic],
    },
    messages: {
      shrink: 'Topic "{topic}" is planned to go from {partitions} to {planned} partitions: Kafka cannot reduce a topic\'s partition count.',
    },
    examples: {
      failing: exampleDesign({ nodes: [{ kind: 'kafka-topic', id: 'orders', partitions: 12, plannedPartitions: 6 }] }),
      passing: exampleDesign({ nodes: [{ kind: 'kafka-topic', id: 'orders', partitions: 12, plannedPartitions: 24 }] }),
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
