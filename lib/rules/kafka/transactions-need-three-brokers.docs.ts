import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

/** The docs and examples of `kafka/transactions-need-three-brokers`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'Transactions keep their state in the internal __transaction_state topic, created with transaction.state.log.replication.factor replicas (default 3). On a cluster with fewer brokers the topic cannot be created and transactional producers fail to initialise. Lowering the factor is for development only. (Redpanda places its coordinator itself, so Redpanda clusters are not checked.)',
  howToFix: 'Run at least 3 brokers. On a development cluster, lower transaction.state.log.replication.factor and transaction.state.log.min.isr to the broker count.',
  sources: [KAFKA_SOURCES.producerConfigs, KAFKA_SOURCES.brokerConfigs],
  examples: {
    failing: exampleDesign({
      clusters: [{ id: 'kafka', broker: 'kafka', nodes: 1 }],
      nodes: [
        { kind: 'producer', id: 'payments', kafka: { 'transactional.id': 'payments-tx' } },
        { kind: 'kafka-topic', id: 'ledger', cluster: 'kafka', replicationFactor: 1, config: { 'min.insync.replicas': 1 } },
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
