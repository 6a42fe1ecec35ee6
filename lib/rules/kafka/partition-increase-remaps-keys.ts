import { nodesOfKind, updateNode } from '../../design';
import { requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { isCompacted, plannedPartitionIncrease } from './_topics';

export const partitionIncreaseRemapsKeys = defineRule({
  meta: {
    id: 'kafka/partition-increase-remaps-keys',
    category: 'ordering',
    severity: 'warning',
    reads: ['producer', 'kafka-topic', 'rabbitmq-exchange', 'rabbitmq-queue', 'consumer-group', 'projection'],
    summary: 'A keyed topic (per-key ordering or compaction) should be created with the partitions it will need, not grown later.',
    messages: {
      remap: 'Topic "{topic}" is planned to grow from {partitions} to {planned} partitions while it {why}: adding partitions moves keys to new partitions, which {effect}.',
    },
  },
  check({ design, report }) {
    for (const topic of nodesOfKind(design, 'kafka-topic')) {
      if (!plannedPartitionIncrease(topic)) continue;
      const compacted = isCompacted(topic);
      const ordered = requirementsAt(design, topic.id)?.ordering === 'per-key';
      if (!compacted && !ordered) continue;
      const planned = topic.plannedPartitions!;
      report({
        target: { type: 'node', id: topic.id },
        messageId: 'remap',
        data: {
          topic: topic.name,
          partitions: topic.partitions,
          planned,
          why: ordered ? 'carries a per-key ordered flow' : 'is compacted',
          effect: ordered ? 'breaks per-key order across the change' : 'leaves old values of a key uncompacted in the old partition',
        },
        fix: {
          label: `Create it with ${planned} partitions up front`,
          apply: (d) => updateNode(d, topic.id, { partitions: planned, plannedPartitions: undefined }),
        },
      });
    }
  },
});
