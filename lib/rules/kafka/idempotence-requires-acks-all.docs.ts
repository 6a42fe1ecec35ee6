import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

/** The docs and examples of `kafka/idempotence-requires-acks-all`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'The idempotent producer only works when every in-sync replica acknowledges a write. When enable.idempotence is set to true together with acks=0 or acks=1, the Java client refuses to start with a ConfigException: "Must set acks to all in order to use the idempotent producer". The design stores enable.idempotence with a value (on unless turned off), the way an export writes it, so the value counts as set explicitly.',
  howToFix: 'Set acks=all. On a flow that is declared at-most-once and deliberately uses acks=0 or 1, turn enable.idempotence off instead.',
  sources: [KAFKA_SOURCES.producerConfigs, KAFKA_SOURCES.producerConfigSource],
  examples: {
    failing: exampleDesign({
      nodes: [
        { kind: 'producer', id: 'orders-api', kafka: { acks: '1', 'enable.idempotence': true } },
        { kind: 'kafka-topic', id: 'orders' },
      ],
      connections: [['orders-api', 'orders', 'publish']],
    }),
    passing: exampleDesign({
      nodes: [
        { kind: 'producer', id: 'orders-api', kafka: { acks: 'all', 'enable.idempotence': true } },
        { kind: 'kafka-topic', id: 'orders' },
      ],
      connections: [['orders-api', 'orders', 'publish']],
    }),
  },
};
