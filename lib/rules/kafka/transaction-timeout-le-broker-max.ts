import { nodesOfKind, patchNode } from '../../design';
import { defineRule } from '../rule';
import { exampleDesign } from './_examples';
import { isTransactional } from './_producers';
import { KAFKA_SOURCES } from './_sources';
import { strictestTimeoutCap, transactionTimeoutMs } from './_transactions';

export const transactionTimeoutLeBrokerMax = defineRule({
  meta: {
    id: 'kafka/transaction-timeout-le-broker-max',
    category: 'delivery',
    severity: 'error',
    docs: {
      summary: 'A producer\'s transaction.timeout.ms must not exceed the broker\'s maximum transaction timeout.',
      rationale:
        'The transaction coordinator rejects a producer whose transaction.timeout.ms is above transaction.max.timeout.ms (Redpanda: transaction_max_timeout_ms), both 15 minutes by default: initialising transactions fails with InvalidTxnTimeoutException.',
      howToFix: 'Lower transaction.timeout.ms (default 60000 ms) to the broker\'s maximum or less, or raise the broker setting.',
      sources: [KAFKA_SOURCES.producerConfigs, KAFKA_SOURCES.brokerConfigs, KAFKA_SOURCES.redpandaClusterProperties],
    },
    messages: {
      tooLong:
        'Producer "{producer}" sets transaction.timeout.ms={timeout}, above {setting}={max} of {cluster}: the broker rejects its transactions with InvalidTxnTimeoutException.',
    },
    examples: {
      failing: exampleDesign({
        nodes: [
          { kind: 'producer', id: 'payments', kafka: { 'transactional.id': 'payments-tx', 'transaction.timeout.ms': 3600000 } },
          { kind: 'kafka-topic', id: 'ledger' },
        ],
        connections: [['payments', 'ledger', 'publish']],
      }),
      passing: exampleDesign({
        nodes: [
          { kind: 'producer', id: 'payments', kafka: { 'transactional.id': 'payments-tx', 'transaction.timeout.ms': 60000 } },
          { kind: 'kafka-topic', id: 'ledger' },
        ],
        connections: [['payments', 'ledger', 'publish']],
      }),
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
