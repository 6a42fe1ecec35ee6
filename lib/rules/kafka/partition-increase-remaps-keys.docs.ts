import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

/** The docs and examples of `kafka/partition-increase-remaps-keys`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'The default partitioner picks a partition by hash(key) % partitions. Adding partitions changes that mapping for most keys, and Kafka does not move existing data: a key\'s new records go to a different partition than its old ones, so per-key order breaks across the change and a compacted topic keeps two "latest" values for the key.',
  howToFix: 'Create the topic with the planned partition count up front (over-partition), or migrate to a new topic when more partitions are needed.',
  sources: [KAFKA_SOURCES.opsModifyTopic],
  examples: {
    failing: exampleDesign({
      requirements: { ordering: 'per-key' },
      nodes: [
        { kind: 'producer', id: 'orders-api' },
        { kind: 'kafka-topic', id: 'orders', partitions: 6, plannedPartitions: 24 },
      ],
      connections: [['orders-api', 'orders', 'publish']],
    }),
    passing: exampleDesign({
      requirements: { ordering: 'per-key' },
      nodes: [
        { kind: 'producer', id: 'orders-api' },
        { kind: 'kafka-topic', id: 'orders', partitions: 24 },
      ],
      connections: [['orders-api', 'orders', 'publish']],
    }),
  },
};
