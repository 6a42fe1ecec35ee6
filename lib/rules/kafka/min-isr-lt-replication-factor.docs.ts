import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

/** The docs and examples of `kafka/min-isr-lt-replication-factor`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'When min.insync.replicas equals the replication factor, every replica must be in sync: a single broker restart or slow follower makes the partitions reject acks=all writes. The Kafka docs note that a higher minimum "reduces availability".',
  howToFix: 'Set min.insync.replicas to the replication factor minus one.',
  sources: [KAFKA_SOURCES.designHa],
  examples: {
    failing: exampleDesign({ nodes: [{ kind: 'kafka-topic', id: 'orders', replicationFactor: 3, config: { 'min.insync.replicas': 3 } }] }),
    passing: exampleDesign({ nodes: [{ kind: 'kafka-topic', id: 'orders', replicationFactor: 3, config: { 'min.insync.replicas': 2 } }] }),
  },
};
