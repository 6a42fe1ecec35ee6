import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

/** The docs and examples of `kafka/idempotence-silently-disabled`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'Since Kafka 3.0 the Java producer is idempotent by default (KIP-679). When enable.idempotence is not set and another setting conflicts with it (acks other than all, retries=0, or more than 5 requests in flight on 3.x clients), clients from 3.0.1, 3.1.1 and 3.2.0 on (KAFKA-13598, KAFKA-13673) do not fail: they turn idempotence off and only log it. The producer then runs without sequence numbers: a batch retried after a lost acknowledgement is written twice, and with several requests in flight a retried batch can land after the next one. Set explicitly, the same combination makes the client refuse to start, which is why the fix also pins enable.idempotence=true. Applies to the Java client and what runs it (Spring for Apache Kafka, Kafka Streams, Kafka Connect); a flow declared at-most-once does not need idempotence and is left alone. From Kafka 4.0 more than 5 requests in flight is refused even with idempotence unset (KAFKA-17927), which kafka/idempotence-max-in-flight-le-5 reports. Where the weak setting already loses or reorders records, kafka/acks-all-for-at-least-once and kafka/ordering-chain report it and this rule stays quiet.',
  howToFix:
    'Remove the conflicting setting (acks=all, retries back to its default, at most 5 requests in flight) and set enable.idempotence=true explicitly, so a conflict introduced later fails at startup instead of silently. On a flow that really needs none of this, declare it at-most-once.',
  sources: [KAFKA_SOURCES.producerConfigs, KAFKA_SOURCES.producerConfigSource, KAFKA_SOURCES.kip679, KAFKA_SOURCES.kafka13598, KAFKA_SOURCES.kafka13673],
  examples: {
    failing: exampleDesign({
      nodes: [
        // enable.idempotence is left unset (the studio would pin it when drawing the producer).
        { kind: 'producer', id: 'orders-api', client: { name: 'kafka-java', version: '3.7' }, kafka: { retries: 0, 'enable.idempotence': undefined } },
        { kind: 'kafka-topic', id: 'orders' },
      ],
      connections: [['orders-api', 'orders', 'publish']],
    }),
    passing: exampleDesign({
      nodes: [
        { kind: 'producer', id: 'orders-api', client: { name: 'kafka-java', version: '3.7' }, kafka: { 'enable.idempotence': true, 'delivery.timeout.ms': 60000 } },
        { kind: 'kafka-topic', id: 'orders' },
      ],
      connections: [['orders-api', 'orders', 'publish']],
    }),
  },
};
