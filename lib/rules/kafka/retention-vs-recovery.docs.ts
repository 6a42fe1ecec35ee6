import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

/** The docs and examples of `kafka/retention-vs-recovery`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'Dead letters are often the only remaining copy of a record, so a dead-letter topic that keeps data for less time, or with fewer replicas, than its source loses exactly the records that needed attention (AWS gives the same advice for SQS dead-letter queues). A compact-only source keeps the latest record per key, not every record: its dead letters need to last as long as the group may take to recover. Whether the source itself keeps data long enough for its readers is kafka/retention-covers-consumer-lag.',
  howToFix: 'Give each dead-letter topic at least the retention and replication factor of its sources.',
  sources: [KAFKA_SOURCES.topicConfigs, KAFKA_SOURCES.sqsDeadLetter],
  examples: {
    failing: exampleDesign({
      nodes: [
        { kind: 'producer', id: 'writer' },
        { kind: 'kafka-topic', id: 'orders', config: { 'retention.ms': 604800000 } },
        { kind: 'consumer-group', id: 'billing' },
        { kind: 'kafka-topic', id: 'orders.dlq', role: 'dead-letter', replicationFactor: 1, config: { 'retention.ms': 86400000, 'min.insync.replicas': 1 } },
      ],
      connections: [
        ['writer', 'orders', 'publish'],
        ['orders', 'billing', 'consume'],
        ['billing', 'orders.dlq', 'dead-letter'],
      ],
    }),
    passing: exampleDesign({
      nodes: [
        { kind: 'producer', id: 'writer' },
        { kind: 'kafka-topic', id: 'orders', config: { 'retention.ms': 604800000 } },
        { kind: 'consumer-group', id: 'billing' },
        { kind: 'kafka-topic', id: 'orders.dlq', role: 'dead-letter', replicationFactor: 3, config: { 'retention.ms': 1209600000 } },
      ],
      connections: [
        ['writer', 'orders', 'publish'],
        ['orders', 'billing', 'consume'],
        ['billing', 'orders.dlq', 'dead-letter'],
      ],
    }),
  },
};
