import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

/** The docs and examples of `kafka/partitions-for-target-throughput`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'A partition is Kafka\'s unit of parallelism: one leader appends to it and one member of each consumer group reads it, so a topic carries at most its partitions times what one partition carries. The documented sizing is partitions ≥ max(t/p, t/c) for a target throughput t and the measured throughput p of producing to and c of consuming from one partition. Without measurements this rule plans with conservative figures: 10 MB/s per partition (the low end of the "10s of MB/s" a partition takes), 10,000 records per second (10 MB/s of 1 KB records; smaller records reach the per-batch overhead first), and for a consumer group the members the rate keeps busy at its median processing time (rate × processingMsP50), counting the members it runs beyond the partitions of what it reads: those sit idle until the topic has partitions for them. The load is the peak (or sustained) throughput of the producers that write into the topic, times their message size; topics written only by stream processors, whose output rate is not declared, and strictly ordered topics (which must stay at one partition) are not judged. Adding partitions to a topic that already holds keyed data moves keys to other partitions (kafka/partition-increase-remaps-keys): size it before it is deployed.',
  howToFix:
    'Create the topic with the partitions the fix proposes (the largest bound), or measure the real per-partition throughput of your producers and consumers and size with those. On a deployed topic with keyed data, create a new topic with the final count and migrate rather than adding partitions.',
  sources: [KAFKA_SOURCES.confluentPartitions, KAFKA_SOURCES.clouderaPartitions, KAFKA_SOURCES.introConsumers, KAFKA_SOURCES.opsModifyTopic],
  examples: {
    failing: exampleDesign({
      requirements: { throughput: 20000, peakThroughput: 40000, messageSizeBytes: 800, ordering: 'none' },
      nodes: [
        { kind: 'producer', id: 'collector' },
        { kind: 'kafka-topic', id: 'page-views', partitions: 1 },
      ],
      connections: [['collector', 'page-views', 'publish']],
    }),
    passing: exampleDesign({
      requirements: { throughput: 20000, peakThroughput: 40000, messageSizeBytes: 800, ordering: 'none' },
      nodes: [
        { kind: 'producer', id: 'collector' },
        { kind: 'kafka-topic', id: 'page-views', partitions: 12 },
      ],
      connections: [['collector', 'page-views', 'publish']],
    }),
  },
};
