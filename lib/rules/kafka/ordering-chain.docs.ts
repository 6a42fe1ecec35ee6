import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

/** The docs and examples of `kafka/ordering-chain`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "Kafka orders records within a partition, and each link of the path can break that on its own: records without a key (or with partitioner.ignore.keys) spread over partitions; a non-idempotent producer with several requests in flight reorders batches on retry; adding partitions later moves keys to other partitions (hash(key) % n); and a consumer that hands a partition's records to a thread pool finishes them in any order. This rule walks each ordered flow (per-key, and strict for the links after the key) from producer through topic to every consumer group, and names the first broken link at each node.",
  howToFix: "Key records by entity id; keep the producer idempotent (or one request in flight); create the topic with its final partition count; process each partition's records one at a time.",
  sources: [KAFKA_SOURCES.producerConfigs, KAFKA_SOURCES.opsModifyTopic, KAFKA_SOURCES.introConsumers],
  examples: {
    failing: exampleDesign({
      requirements: { ordering: 'per-key' },
      nodes: [
        { kind: 'producer', id: 'orders-api', keyStrategy: 'entity-id' },
        { kind: 'kafka-topic', id: 'orders', partitions: 12 },
        { kind: 'consumer-group', id: 'billing', asyncProcessing: true, concurrency: 8 },
      ],
      connections: [
        ['orders-api', 'orders', 'publish'],
        ['orders', 'billing', 'consume'],
      ],
    }),
    passing: exampleDesign({
      requirements: { ordering: 'per-key' },
      nodes: [
        { kind: 'producer', id: 'orders-api', keyStrategy: 'entity-id' },
        { kind: 'kafka-topic', id: 'orders', partitions: 12 },
        { kind: 'consumer-group', id: 'billing', asyncProcessing: false, concurrency: 4 },
      ],
      connections: [
        ['orders-api', 'orders', 'publish'],
        ['orders', 'billing', 'consume'],
      ],
    }),
  },
};
