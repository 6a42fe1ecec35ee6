import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

/** The docs and examples of `kafka/exactly-once-end-to-end`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'Kafka\'s exactly-once is a chain, and one missing link makes it at-least-once (duplicates) or worse. The producer must be idempotent (acks=all) and transactional (transactional.id). Readers must use isolation.level=read_committed: with the Java client\'s default read_uncommitted they see records of aborted transactions (librdkafka-based clients default to read_committed). A consume-transform-produce service must not auto-commit: "the consumer configuration must include isolation.level=read_committed and enable.auto.commit=false", with offsets sent inside the transaction (sendOffsetsToTransaction, which a design cannot show). The transaction coordinator needs 3 brokers by default. Writing to anything outside Kafka "requires cooperation with such systems": the sink must be idempotent or transactional.',
  howToFix:
    'Give the producer a transactional.id with idempotence and acks=all; set isolation.level=read_committed and enable.auto.commit=false on every group downstream; run at least 3 brokers; make sinks to external systems idempotent (dedup key or upsert).',
  sources: [KAFKA_SOURCES.designSemantics, KAFKA_SOURCES.consumerConfigs, KAFKA_SOURCES.producerConfigs, KAFKA_SOURCES.librdkafkaIsolation],
  examples: {
    failing: exampleDesign({
      requirements: { delivery: 'exactly-once' },
      nodes: [
        { kind: 'producer', id: 'payments' },
        { kind: 'kafka-topic', id: 'ledger' },
        { kind: 'consumer-group', id: 'balances', idempotent: true },
      ],
      connections: [
        ['payments', 'ledger', 'publish'],
        ['ledger', 'balances', 'consume'],
      ],
    }),
    passing: exampleDesign({
      requirements: { delivery: 'exactly-once' },
      nodes: [
        { kind: 'producer', id: 'payments', kafka: { 'transactional.id': 'payments-tx', acks: 'all', 'enable.idempotence': true } },
        { kind: 'kafka-topic', id: 'ledger' },
        { kind: 'consumer-group', id: 'balances', idempotent: true, kafka: { 'isolation.level': 'read_committed', 'enable.auto.commit': false } },
      ],
      connections: [
        ['payments', 'ledger', 'publish'],
        ['ledger', 'balances', 'consume'],
      ],
    }),
  },
};
