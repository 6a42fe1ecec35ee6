import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

/** The docs and examples of `kafka/txn-infra`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'Transactions live on the broker side too. An Apache Kafka cluster keeps transaction state in __transaction_state, created with transaction.state.log.replication.factor replicas (3 by default): with fewer brokers, no transactional producer can initialise. And every cluster caps transaction.timeout.ms with transaction.max.timeout.ms (Redpanda: transaction_max_timeout_ms, 15 minutes by default): a producer asking for more is rejected with InvalidTxnTimeoutException. This rule looks from each cluster at all the transactional producers that use it.',
  howToFix: "Run at least 3 brokers (lower the state log's replication factor only in development), and keep every producer's transaction.timeout.ms at or below the cluster's maximum.",
  sources: [KAFKA_SOURCES.producerConfigs, KAFKA_SOURCES.brokerConfigs, KAFKA_SOURCES.redpandaClusterProperties],
  examples: {
    failing: exampleDesign({
      clusters: [{ id: 'kafka', broker: 'kafka', nodes: 2 }],
      nodes: [
        { kind: 'producer', id: 'payments', kafka: { 'transactional.id': 'payments-tx' } },
        { kind: 'kafka-topic', id: 'ledger', cluster: 'kafka', replicationFactor: 2, config: { 'min.insync.replicas': 1 } },
      ],
      connections: [['payments', 'ledger', 'publish']],
    }),
    passing: exampleDesign({
      clusters: [{ id: 'kafka', broker: 'kafka', nodes: 3 }],
      nodes: [
        { kind: 'producer', id: 'payments', kafka: { 'transactional.id': 'payments-tx' } },
        { kind: 'kafka-topic', id: 'ledger', cluster: 'kafka' },
      ],
      connections: [['payments', 'ledger', 'publish']],
    }),
  },
};
