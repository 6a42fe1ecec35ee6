import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

/** The docs and examples of `kafka/acks-vs-min-isr`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'min.insync.replicas is enforced only for acks=all writes. Two pairings break: a producer with acks=0 or 1 writing to a topic that relies on min.insync.replicas >= 2 (its records are acknowledged by the leader alone, so the topic setting gives false assurance), and an acks=all producer writing to a topic whose min.insync.replicas exceeds its replication factor (every write fails with NotEnoughReplicas). Redpanda replicates with Raft and ignores min.insync.replicas, so its topics are not checked.',
  howToFix: 'Use acks=all on producers of durable topics, and keep min.insync.replicas at most the replication factor (RF − 1 is the usual choice).',
  sources: [KAFKA_SOURCES.designHa, KAFKA_SOURCES.topicConfigs],
  examples: {
    failing: exampleDesign({
      nodes: [
        { kind: 'producer', id: 'orders-api', kafka: { acks: 'all' } },
        { kind: 'kafka-topic', id: 'orders', replicationFactor: 2, config: { 'min.insync.replicas': 3 } },
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
