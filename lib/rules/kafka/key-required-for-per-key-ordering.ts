import { nodesOfKind,  patchNode } from '../../design';
import { producerRequirements } from '../needs';
import { defineRule } from '../rule';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';
import { kafkaTopicsPublishedBy } from './_topics';

export const keyRequiredForPerKeyOrdering = defineRule({
  meta: {
    id: 'kafka/key-required-for-per-key-ordering',
    category: 'ordering',
    severity: 'error',
    docs: {
      summary: 'A producer on a per-key ordered flow must key its records by the entity and let the default partitioner hash the key.',
      rationale:
        'Kafka orders records only within a partition. Only the default partitioner, which hashes the record key, keeps all records of one key in one partition. Records without a key, with a random key, or sent with partitioner.ignore.keys=true are spread over the partitions, and consumers see one entity\'s events out of order.',
      howToFix: 'Set the record key to the id of the entity whose events must stay in order, and remove partitioner.ignore.keys.',
      sources: [KAFKA_SOURCES.introConsumers, KAFKA_SOURCES.producerConfigs],
    },
    messages: {
      unkeyed:
        'Producer "{producer}" {why} on a per-key ordered flow into a topic with several partitions: records of one entity spread over partitions and are consumed out of order.',
    },
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
  },
  check({ design, report }) {
    for (const producer of nodesOfKind(design, 'producer')) {
      const ignoresKeys = producer.kafka['partitioner.ignore.keys'] === true;
      const keyed = producer.keyStrategy === 'entity-id';
      if (keyed && !ignoresKeys) continue;
      if (producerRequirements(design, producer).ordering !== 'per-key') continue;
      // A topic that has, and will keep, one partition orders everything: keys do not matter there.
      const spread = kafkaTopicsPublishedBy(design, producer.id).some((t) => Math.max(t.partitions, t.plannedPartitions ?? 0) > 1);
      if (!spread) continue;
      const why = !keyed
        ? `publishes ${producer.keyStrategy === 'none' ? 'without a record key' : 'with random keys'}`
        : 'sets partitioner.ignore.keys=true';
      report({
        target: { type: 'node', id: producer.id },
        messageId: 'unkeyed',
        data: { producer: producer.name, why },
        fix: {
          label: 'Key records by entity id and hash the key',
          apply: (d) => patchNode(d, producer.id, { keyStrategy: 'entity-id', kafka: { 'partitioner.ignore.keys': undefined } }),
        },
      });
    }
  },
});
