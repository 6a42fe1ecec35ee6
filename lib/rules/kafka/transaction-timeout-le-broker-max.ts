import { nodesOfKind, patchNode } from '../../design';
import { defineRule } from '../rule';
import { isTransactional } from './_producers';
import { strictestTimeoutCap, transactionTimeoutMs } from './_transactions';

export const transactionTimeoutLeBrokerMax = defineRule({
  meta: {
    id: 'kafka/transaction-timeout-le-broker-max',
    category: 'delivery',
    severity: 'error',
    reads: ['producer', 'kafka-topic'],
    summary: "A producer's transaction.timeout.ms must not exceed the broker's maximum transaction timeout.",
    messages: {
      tooLong: 'Producer "{producer}" sets transaction.timeout.ms={timeout}, above {setting}={max} of {cluster}: the broker rejects its transactions with InvalidTxnTimeoutException.',
    },
  },
  check({ design, report }) {
    for (const producer of nodesOfKind(design, 'producer')) {
      if (!isTransactional(producer)) continue;
      const timeout = transactionTimeoutMs(producer);
      const cap = strictestTimeoutCap(design, producer);
      if (timeout <= cap.max) continue;
      report({
        target: { type: 'node', id: producer.id },
        messageId: 'tooLong',
        data: {
          producer: producer.name,
          timeout,
          setting: cap.setting,
          max: cap.max,
          cluster: cap.cluster ? `cluster "${cap.cluster.name}"` : 'the broker default',
        },
        fix: {
          label: `Set transaction.timeout.ms=${cap.max}`,
          apply: (d) => patchNode(d, producer.id, { kafka: { 'transaction.timeout.ms': cap.max } }),
        },
      });
    }
  },
});
