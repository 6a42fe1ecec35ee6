import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

/** The docs and examples of `kafka/partition-growth-loss`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'When partitions are added, producers may write to them before the group notices the new partitions. A group with auto.offset.reset=latest (Kafka\'s default) then starts them at the end and never reads those first records: the consumer docs warn that adding partitions with this setting "may cause message delivery loss". Only at-least-once groups are checked.',
  howToFix: 'Set auto.offset.reset=earliest on groups that must not lose records.',
  sources: [KAFKA_SOURCES.consumerConfigs],
  examples: {
    failing: exampleDesign({
      nodes: [
        { kind: 'producer', id: 'orders-api' },
        { kind: 'kafka-topic', id: 'orders', partitions: 6, plannedPartitions: 12 },
        { kind: 'consumer-group', id: 'billing', kafka: { 'auto.offset.reset': 'latest' } },
      ],
      connections: [
        ['orders-api', 'orders', 'publish'],
        ['orders', 'billing', 'consume'],
      ],
    }),
    passing: exampleDesign({
      nodes: [
        { kind: 'kafka-topic', id: 'orders', partitions: 6, plannedPartitions: 12 },
        { kind: 'consumer-group', id: 'billing', kafka: { 'auto.offset.reset': 'earliest' } },
      ],
      connections: [['orders', 'billing', 'consume']],
    }),
  },
};
