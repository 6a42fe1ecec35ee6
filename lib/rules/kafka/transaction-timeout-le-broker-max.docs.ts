import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

/** The docs and examples of `kafka/transaction-timeout-le-broker-max`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'The transaction coordinator rejects a producer whose transaction.timeout.ms is above transaction.max.timeout.ms (Redpanda: transaction_max_timeout_ms), both 15 minutes by default: initialising transactions fails with InvalidTxnTimeoutException.',
  howToFix: "Lower transaction.timeout.ms (default 60000 ms) to the broker's maximum or less, or raise the broker setting.",
  sources: [KAFKA_SOURCES.producerConfigs, KAFKA_SOURCES.brokerConfigs, KAFKA_SOURCES.redpandaClusterProperties],
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
};
