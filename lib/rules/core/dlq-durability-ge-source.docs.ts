import type { RuleDocs } from '../rule-docs';
import { CORE_SOURCES } from './_sources';

/** The docs and examples of `core/dlq-durability-ge-source`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "Once a message is dead-lettered, the dead-letter queue often holds its only remaining copy: the source has deleted or moved it on. A DLQ with fewer replicas (a lower Kafka replication factor or min.insync.replicas, a classic queue for a quorum source, an R1 or memory stream), or with a shorter retention than its source, loses exactly the messages that most need a person's attention. Kafka Connect defaults its DLQ topics to replication factor 3 for this reason. (A heuristic derived from these facts.)",
  howToFix: 'Give the dead-letter target the replication, storage and retention of its strongest source, or more.',
  sources: [CORE_SOURCES.sqsDeadLetterQueues, CORE_SOURCES.kafkaConnectDlq],
  examples: {
    failing: {
      queuewright: 2,
      nodes: [
        { kind: 'kafka-topic', id: 'orders', name: 'orders', replicationFactor: 3 },
        { kind: 'consumer-group', id: 'billing', name: 'billing' },
        { kind: 'kafka-topic', id: 'orders-dlq', name: 'orders.dlq', role: 'dead-letter', replicationFactor: 1, config: { 'min.insync.replicas': 1 } },
      ],
      connections: [
        { id: 'c', kind: 'consume', from: 'orders', to: 'billing' },
        { id: 'd', kind: 'dead-letter', from: 'billing', to: 'orders-dlq' },
      ],
    },
    passing: {
      queuewright: 2,
      nodes: [
        { kind: 'kafka-topic', id: 'orders', name: 'orders', replicationFactor: 3 },
        { kind: 'consumer-group', id: 'billing', name: 'billing' },
        { kind: 'kafka-topic', id: 'orders-dlq', name: 'orders.dlq', role: 'dead-letter', replicationFactor: 3, config: { 'retention.ms': 1_209_600_000 } },
      ],
      connections: [
        { id: 'c', kind: 'consume', from: 'orders', to: 'billing' },
        { id: 'd', kind: 'dead-letter', from: 'billing', to: 'orders-dlq' },
      ],
    },
  },
};
