import { nodesOfKind } from '../../design';
import { defineRule } from '../rule';
import { exampleDesign } from './_examples';
import { isTransactional } from './_producers';
import { KAFKA_SOURCES } from './_sources';
import { clustersWrittenBy, coordinatorShortfall, shortfallFix } from './_transactions';

export const transactionsNeedThreeBrokers = defineRule({
  meta: {
    id: 'kafka/transactions-need-three-brokers',
    category: 'durability',
    severity: 'error',
    docs: {
      summary: 'A transactional producer needs a Kafka cluster with at least as many brokers as the transaction state log has replicas (3 by default).',
      rationale:
        'Transactions keep their state in the internal __transaction_state topic, created with transaction.state.log.replication.factor replicas (default 3). On a cluster with fewer brokers the topic cannot be created and transactional producers fail to initialise. Lowering the factor is for development only. (Redpanda places its coordinator itself, so Redpanda clusters are not checked.)',
      howToFix: 'Run at least 3 brokers. On a development cluster, lower transaction.state.log.replication.factor and transaction.state.log.min.isr to the broker count.',
      sources: [KAFKA_SOURCES.producerConfigs, KAFKA_SOURCES.brokerConfigs],
    },
    messages: {
      tooFewBrokers:
        'Transactional producer "{producer}" writes to cluster "{cluster}", which has {brokers} brokers but needs {factor} ({setting}) for the transaction state log: transactions cannot start.',
    },
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
  },
  check({ design, report }) {
    for (const producer of nodesOfKind(design, 'producer')) {
      if (!isTransactional(producer)) continue;
      for (const cluster of clustersWrittenBy(design, producer)) {
        const shortfall = coordinatorShortfall(cluster);
        if (!shortfall) continue;
        report({
          target: { type: 'node', id: producer.id },
          messageId: 'tooFewBrokers',
          data: { producer: producer.name, cluster: cluster.name, brokers: cluster.nodes, factor: shortfall.factor, setting: shortfall.setting },
          fix: shortfallFix(shortfall),
        });
      }
    }
  },
});
