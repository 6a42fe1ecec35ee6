import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

/** The docs and examples of `kafka/min-isr-ge-2-with-acks-all`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'acks=all waits for the replicas that are in sync at that moment. With min.insync.replicas=1 that can be the leader alone, so a write is acknowledged with a single copy and is lost if that broker fails. The documented durable setup is replication factor 3, min.insync.replicas 2, acks=all.',
  howToFix: 'Set min.insync.replicas=2.',
  sources: [KAFKA_SOURCES.topicConfigs, KAFKA_SOURCES.designHa, KAFKA_SOURCES.confluentDurability],
  examples: {
    failing: exampleDesign({
      nodes: [
        { kind: 'producer', id: 'orders-api', kafka: { acks: 'all' } },
        { kind: 'kafka-topic', id: 'orders', replicationFactor: 3, config: { 'min.insync.replicas': 1 } },
      ],
      connections: [['orders-api', 'orders', 'publish']],
    }),
    passing: exampleDesign({
      nodes: [
        { kind: 'producer', id: 'orders-api', kafka: { acks: 'all' } },
        { kind: 'kafka-topic', id: 'orders', replicationFactor: 3, config: { 'min.insync.replicas': 2 } },
      ],
      connections: [['orders-api', 'orders', 'publish']],
    }),
  },
};
