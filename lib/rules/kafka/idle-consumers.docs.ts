import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

/** The docs and examples of `kafka/idle-consumers`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'Each partition is consumed by exactly one member of a group, so "there cannot be more consumer instances in a consumer group than partitions": the extra members sit idle and add no throughput. Members are instances × consumer threads (instances only when records go to a thread pool), counted against the partitions of every Kafka topic the group reads. Deliberate hot standbys are the exception; Kafka share groups (KIP-932) are not modelled here.',
  howToFix: 'Add partitions to the topic (before it carries keyed data), or run fewer instances or threads.',
  sources: [KAFKA_SOURCES.introConsumers, KAFKA_SOURCES.redpandaGroups],
  examples: {
    failing: exampleDesign({
      nodes: [
        { kind: 'kafka-topic', id: 'orders', partitions: 6 },
        { kind: 'consumer-group', id: 'billing', instances: 4, concurrency: 4 },
      ],
      connections: [['orders', 'billing', 'consume']],
    }),
    passing: exampleDesign({
      nodes: [
        { kind: 'kafka-topic', id: 'orders', partitions: 12 },
        { kind: 'consumer-group', id: 'billing', instances: 3, concurrency: 4 },
      ],
      connections: [['orders', 'billing', 'consume']],
    }),
  },
};
