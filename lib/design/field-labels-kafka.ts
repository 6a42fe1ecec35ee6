import type { KindFieldLabels, Labels } from './field-label-types';

type KafkaKind = 'kafka-topic' | 'connect-source' | 'connect-sink' | 'external-system';
type KafkaLabels = KindFieldLabels<KafkaKind>;

/** The fields a Kafka Connect source and sink both have. */
const CONNECTOR = {
  connectorClass: 'Connector class',
  transforms: 'Transforms',
  'transforms.name': 'Transform name',
  'transforms.type': 'Transform class',
  'transforms.config': 'Transform settings',
  extra: 'Plugin settings',
  config: 'Connect settings',
} as const;

/**
 * The inspector's words for the Apache Kafka kinds' fields: the topic, and Kafka Connect's
 * connectors and the systems they read or write (field-labels.ts joins every family's table and
 * passes its shared labels in).
 */
export function kafkaFieldLabels(shared: Labels): KafkaLabels {
  return {
    'kafka-topic': {
      partitions: 'Partitions',
      replicationFactor: 'Replication factor',
      plannedPartitions: 'Planned partitions',
      placement: 'Replica placement',
      placementPicker: 'Placement tie-breaker',
      staticAssignments: 'Static replica assignments',
      staticRackAssignments: 'Static rack assignments',
      config: 'Topic settings',
      role: shared.role,
      messageSchema: shared.messageSchema,
      depthAlert: shared.depthAlert,
      depthAlertMessages: shared.depthAlertMessages,
    },
    'connect-source': {
      ...CONNECTOR,
      topicProperty: 'Plugin setting that names the topic',
      keyless: 'Some records have no key',
    },
    'connect-sink': CONNECTOR,
    'external-system': {
      system: 'System',
    },
  };
}
