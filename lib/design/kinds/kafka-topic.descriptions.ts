import type { DescribedFields } from '../field-descriptions';
import { KAFKA_LONG_MAX, kafkaTopic, kafkaTopicConfigSchema } from './kafka-topic';

/**
 * What the fields of kafka-topic.ts mean, by path (`a/b` is field b of object field a): the node
 * inspector and the JSON Schema show them; the studio page does not download them.
 */
export const kafkaTopicFieldDescriptions: DescribedFields = [
  [
    kafkaTopicConfigSchema,
    {
      'min.insync.replicas': 'Broker default: 1',
      'cleanup.policy': 'Broker default: delete',
      'retention.ms': '-1 keeps data forever (broker default: 7 days)',
      'max.message.bytes': 'Kafka default: 1048588',
      'max.compaction.lag.ms': `Kafka default: ${KAFKA_LONG_MAX} (Long.MAX_VALUE, written as text)`,
      'delete.retention.ms': 'Kafka default: 86400000 (1 day)',
    },
  ],
  [
    kafkaTopic.schema,
    {
      partitions: "Unset: the cluster's num.partitions (broker default: 1)",
      replicationFactor: "Unset: the cluster's default.replication.factor (broker default: 1)",
      plannedPartitions: 'Partition count this topic is planned to grow to',
      placement: "Replica placement strategy (topicctl's names); unset = Kafka's own assignment (rack-aware when brokers set broker.rack)",
      placementPicker: 'How topicctl breaks ties between equally good brokers (topicctl default: randomized)',
      staticAssignments: "Broker ids of each partition's replicas, leader first (placement static)",
      staticRackAssignments: 'The rack of each partition (placement static-in-rack)',
      depthAlert: 'An alert fires when messages accumulate (for dead-letter topics)',
      depthAlertMessages: 'The depth alert fires when more than this many messages wait',
    },
  ],
];
