import { nodesOfKind } from '../../design';
import { defineRule } from '../rule';
import { isTransactional } from './_producers';
import { clustersWrittenBy, coordinatorShortfall, shortfallFix } from './_transactions';

export const transactionsNeedThreeBrokers = defineRule({
  meta: {
    id: 'kafka/transactions-need-three-brokers',
    category: 'durability',
    severity: 'error',
    reads: ['producer', 'kafka-topic'],
    summary: 'A transactional producer needs a Kafka cluster with at least as many brokers as the transaction state log has replicas (3 by default).',
    messages: {
      tooFewBrokers:
        'Transactional producer "{producer}" writes to cluster "{cluster}", which has {brokers} brokers but needs {factor} ({setting}) for the transaction state log: transactions cannot start.',
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
