import { nodesOfKind, patchNode } from '../../design';
import { producerRequirements } from '../needs';
import { defineRule } from '../rule';
import { kafkaTopicsPublishedBy } from './_topics';

export const keyRequiredForPerKeyOrdering = defineRule({
  meta: {
    id: 'kafka/key-required-for-per-key-ordering',
    category: 'ordering',
    severity: 'error',
    reads: ['producer', 'kafka-topic', 'rabbitmq-exchange', 'rabbitmq-queue', 'consumer-group', 'projection'],
    summary: 'A producer on a per-key ordered flow must key its records by the entity and let the default partitioner hash the key.',
    messages: {
      unkeyed: 'Producer "{producer}" {why} on a per-key ordered flow into a topic with several partitions: records of one entity spread over partitions and are consumed out of order.',
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
      const why = !keyed ? `publishes ${producer.keyStrategy === 'none' ? 'without a record key' : 'with random keys'}` : 'sets partitioner.ignore.keys=true';
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
