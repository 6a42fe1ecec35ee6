import { nodesOfKind, patchNode, type Cluster, type Design } from '../../design';
import type { ResolvedProducer } from '../../brokers/services/resolve';
import { defineRule } from '../rule';
import { isTransactional } from './_producers';
import { clustersWrittenBy, coordinatorShortfall, shortfallFix, transactionTimeoutCap, transactionTimeoutMs } from './_transactions';

function names(producers: ResolvedProducer[]): string {
  return producers.map((p) => `"${p.name}"`).join(', ');
}

export const txnInfra = defineRule({
  meta: {
    id: 'kafka/txn-infra',
    category: 'delivery',
    severity: 'error',
    reads: ['producer', 'kafka-topic'],
    summary: 'Every cluster that transactional producers write to must be able to run their transactions.',
    subsumes: ['kafka/transactions-need-three-brokers'],
    messages: {
      brokers: 'Cluster "{cluster}" has {brokers} brokers but its transaction state log needs {factor} ({setting}): transactional producers {producers} cannot start.',
      timeout: 'On {cluster}, {setting}={max} is below the transaction.timeout.ms of {producers}: their transactions are rejected with InvalidTxnTimeoutException.',
    },
  },
  check({ design, report }) {
    // Transactional producers by the cluster they write to; topics without a cluster meet the broker defaults.
    const byCluster = new Map<string, { cluster: Cluster | undefined; producers: ResolvedProducer[] }>();
    for (const producer of nodesOfKind(design, 'producer')) {
      if (!isTransactional(producer)) continue;
      const clusters = clustersWrittenBy(design, producer);
      const targets: Array<Cluster | undefined> = clusters.length > 0 ? clusters : [undefined];
      for (const cluster of targets) {
        const key = cluster?.id ?? '';
        const entry = byCluster.get(key);
        if (entry) entry.producers.push(producer);
        else byCluster.set(key, { cluster, producers: [producer] });
      }
    }
    for (const { cluster, producers } of byCluster.values()) {
      const shortfall = cluster && coordinatorShortfall(cluster);
      if (shortfall) {
        report({
          target: { type: 'design' },
          messageId: 'brokers',
          data: { cluster: shortfall.cluster.name, brokers: shortfall.cluster.nodes, factor: shortfall.factor, setting: shortfall.setting, producers: names(producers) },
          fix: shortfallFix(shortfall),
        });
      }
      const cap = transactionTimeoutCap(cluster);
      const over = producers.filter((p) => transactionTimeoutMs(p) > cap.max);
      if (over.length === 0) continue;
      report({
        target: { type: 'design' },
        messageId: 'timeout',
        data: { cluster: cluster ? `cluster "${cluster.name}"` : 'the default broker settings', setting: cap.setting, max: cap.max, producers: names(over) },
        fix: {
          label: `Set transaction.timeout.ms=${cap.max} on ${over.length === 1 ? `"${over[0].name}"` : `${over.length} producers`}`,
          apply: (d) => over.reduce<Design>((acc, p) => patchNode(acc, p.id, { kafka: { 'transaction.timeout.ms': cap.max } }), d),
        },
      });
    }
  },
});
