import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

/** The docs and examples of `kafka/replication-factor-gt-1`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'With a replication factor of 1 each partition lives on one broker: when it is down the partition is unavailable, and when its disk is lost the data is gone. A replication factor of 3 tolerates the loss of 2 brokers.',
  howToFix: 'Set the replication factor to 3 (on an existing topic this needs a partition reassignment), or declare the flow low-criticality.',
  sources: [KAFKA_SOURCES.opsAddTopic, KAFKA_SOURCES.designHa],
  examples: {
    failing: exampleDesign({
      nodes: [
        { kind: 'producer', id: 'orders-api' },
        { kind: 'kafka-topic', id: 'orders', replicationFactor: 1, config: { 'min.insync.replicas': 1 } },
      ],
      connections: [['orders-api', 'orders', 'publish']],
    }),
    passing: exampleDesign({
      nodes: [
        { kind: 'producer', id: 'orders-api' },
        { kind: 'kafka-topic', id: 'orders', replicationFactor: 3, config: { 'min.insync.replicas': 2 } },
      ],
      connections: [['orders-api', 'orders', 'publish']],
    }),
  },
};
