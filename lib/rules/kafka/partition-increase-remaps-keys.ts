import { nodesOfKind, updateNode } from '../../design';
import { requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';
import { isCompacted, plannedPartitionIncrease } from './_topics';

export const partitionIncreaseRemapsKeys = defineRule({
  meta: {
    id: 'kafka/partition-increase-remaps-keys',
    category: 'ordering',
    severity: 'warning',
    docs: {
      summary: 'A keyed topic (per-key ordering or compaction) should be created with the partitions it will need, not grown later.',
      rationale:
        'The default partitioner picks a partition by hash(key) % partitions. Adding partitions changes that mapping for most keys, and Kafka does not move existing data: a key\'s new records go to a different partition than its old ones, so per-key order breaks across the change and a compacted topic keeps two "latest" values for the key.',
      howToFix: 'Create the topic with the planned partition count up front (over-partition), or migrate to a new topic when more partitions are needed.',
      sources: [KAFKA_SOURCES.opsModifyTopic],
    },
    messages: {
      remap:
        'Topic "{topic}" is planned to grow from {partitions} to {planned} partitions while it {why}: adding partitions moves keys to new partitions, which {effect}.',
    },
    examples: {
      failing: exampleDesign({
        requirements: { ordering: 'per-key' },
        nodes: [{ kind: 'producer', id: 'orders-api' }, { kind: 'kafka-topic', id: 'orders', partitions: 6, plannedPartitions: 24 }],
        connections: [['orders-api', 'orders', 'publish']],
      }),
      passing: exampleDesign({
        requirements: { ordering: 'per-key' },
        nodes: [{ kind: 'producer', id: 'orders-api' }, { kind: 'kafka-topic', id: 'orders', partitions: 24 }],
        connections: [['orders-api', 'orders', 'publish']],
      }),
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
