import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

/** The docs and examples of `kafka/idempotence-max-in-flight-le-5`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'The broker remembers the sequence numbers of only the last 5 batches of each producer. With more requests in flight it cannot de-duplicate retries or keep their order, so the Java client rejects enable.idempotence=true with a larger value (ConfigException). The design stores enable.idempotence with a value (on unless turned off), the way an export writes it, so the value counts as set explicitly. From Kafka 4.0 the Java client also refuses more than 5 in flight when enable.idempotence is left unset (KAFKA-17927); 3.x clients turned idempotence off instead, which kafka/idempotence-silently-disabled reports.',
  howToFix: 'Set max.in.flight.requests.per.connection to 5 (the default) or less.',
  sources: [KAFKA_SOURCES.producerConfigs, KAFKA_SOURCES.producerConfigSource, KAFKA_SOURCES.kafka17927],
  examples: {
    failing: exampleDesign({
      nodes: [
        { kind: 'producer', id: 'orders-api', kafka: { 'enable.idempotence': true, 'max.in.flight.requests.per.connection': 10 } },
        { kind: 'kafka-topic', id: 'orders' },
      ],
      connections: [['orders-api', 'orders', 'publish']],
    }),
    passing: exampleDesign({
      nodes: [
        { kind: 'producer', id: 'orders-api', kafka: { 'enable.idempotence': true, 'max.in.flight.requests.per.connection': 5 } },
        { kind: 'kafka-topic', id: 'orders' },
      ],
      connections: [['orders-api', 'orders', 'publish']],
    }),
  },
};
