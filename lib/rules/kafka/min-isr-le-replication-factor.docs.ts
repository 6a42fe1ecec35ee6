import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

/** The docs and examples of `kafka/min-isr-le-replication-factor`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "The in-sync replica set can never be larger than the replication factor. Before Kafka 3.7 the minimum is then never met: every acks=all write fails with NotEnoughReplicas. From Kafka 3.7 (KAFKA-15583) the leader caps the minimum at the replica count, so the writes succeed, but not as the setting says: an acks=all write is kept on as many copies as the topic has replicas (one, for a single replica), and it needs every replica in sync, so one replica falling behind stops them. The finding says which of the two the cluster's declared version does (an undeclared version is read as a current release). (Redpanda ignores min.insync.replicas, so topics on Redpanda clusters are not checked.)",
  howToFix: 'Set min.insync.replicas to the replication factor minus one (at least 1), or raise the replication factor.',
  sources: [KAFKA_SOURCES.topicConfigs, KAFKA_SOURCES.designHa, KAFKA_SOURCES.kafka15583],
  examples: {
    failing: exampleDesign({ nodes: [{ kind: 'kafka-topic', id: 'orders', replicationFactor: 2, config: { 'min.insync.replicas': 3 } }] }),
    passing: exampleDesign({ nodes: [{ kind: 'kafka-topic', id: 'orders', replicationFactor: 3, config: { 'min.insync.replicas': 2 } }] }),
  },
};
