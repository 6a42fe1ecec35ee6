import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

/** The docs and examples of `kafka/idempotence-requires-retries`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'Idempotence exists to make retries safe; with retries=0 it has nothing to protect. The Java client rejects enable.idempotence=true with retries=0 with a ConfigException: "Must set retries to non-zero when using the idempotent producer". The design stores enable.idempotence with a value (on unless turned off), the way an export writes it, so the value counts as set explicitly.',
  howToFix:
    "Remove retries (Kafka's default is effectively unbounded) and bound retrying in time with delivery.timeout.ms. On a flow declared at-most-once that deliberately never retries, turn enable.idempotence off instead.",
  sources: [KAFKA_SOURCES.producerConfigs, KAFKA_SOURCES.producerConfigSource],
  examples: {
    failing: exampleDesign({
      nodes: [
        { kind: 'producer', id: 'orders-api', kafka: { 'enable.idempotence': true, retries: 0 } },
        { kind: 'kafka-topic', id: 'orders' },
      ],
      connections: [['orders-api', 'orders', 'publish']],
    }),
    passing: exampleDesign({
      nodes: [
        { kind: 'producer', id: 'orders-api', kafka: { 'enable.idempotence': true, 'delivery.timeout.ms': 120000 } },
        { kind: 'kafka-topic', id: 'orders' },
      ],
      connections: [['orders-api', 'orders', 'publish']],
    }),
  },
};
