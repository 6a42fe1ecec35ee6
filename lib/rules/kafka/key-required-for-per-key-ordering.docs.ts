import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

/** The docs and examples of `kafka/key-required-for-per-key-ordering`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "Kafka orders records only within a partition. Only the default partitioner, which hashes the record key, keeps all records of one key in one partition. Records without a key, with a random key, or sent with partitioner.ignore.keys=true are spread over the partitions, and consumers see one entity's events out of order.",
  howToFix: 'Set the record key to the id of the entity whose events must stay in order, and remove partitioner.ignore.keys.',
  sources: [KAFKA_SOURCES.introConsumers, KAFKA_SOURCES.producerConfigs],
  examples: {
    failing: exampleDesign({
      requirements: { ordering: 'per-key' },
      nodes: [
        { kind: 'producer', id: 'orders-api', keyStrategy: 'none' },
        { kind: 'kafka-topic', id: 'orders', partitions: 12 },
      ],
      connections: [['orders-api', 'orders', 'publish']],
    }),
    passing: exampleDesign({
      requirements: { ordering: 'per-key' },
      nodes: [
        { kind: 'producer', id: 'orders-api', keyStrategy: 'entity-id' },
        { kind: 'kafka-topic', id: 'orders', partitions: 12 },
      ],
      connections: [['orders-api', 'orders', 'publish']],
    }),
  },
};
