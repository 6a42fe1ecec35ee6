import { nodesOfKind, patchNode } from '../../design';
import { defineRule } from '../rule';
import { exampleDesign } from './_examples';
import { MAX_IDEMPOTENT_IN_FLIGHT } from './_producers';
import { KAFKA_SOURCES } from './_sources';
import { kafkaTopicsPublishedBy } from './_topics';

export const idempotenceMaxInFlightLe5 = defineRule({
  meta: {
    id: 'kafka/idempotence-max-in-flight-le-5',
    category: 'delivery',
    severity: 'error',
    docs: {
      summary: 'An idempotent producer must keep max.in.flight.requests.per.connection at 5 or less.',
      rationale:
        'The broker remembers the sequence numbers of only the last 5 batches of each producer. With more requests in flight it cannot de-duplicate retries or keep their order, so the Java client rejects enable.idempotence=true with a larger value (ConfigException). The design stores enable.idempotence with a value (on unless turned off), the way an export writes it, so the value counts as set explicitly. From Kafka 4.0 the Java client also refuses more than 5 in flight when enable.idempotence is left unset (KAFKA-17927); 3.x clients turned idempotence off instead, which kafka/idempotence-silently-disabled reports.',
      howToFix: 'Set max.in.flight.requests.per.connection to 5 (the default) or less.',
      sources: [KAFKA_SOURCES.producerConfigs, KAFKA_SOURCES.producerConfigSource, KAFKA_SOURCES.kafka17927],
    },
    messages: {
      tooMany:
        'Producer "{producer}" is idempotent with max.in.flight.requests.per.connection={inFlight}: the broker tracks only 5 batches per producer, so the Kafka client refuses this setting.',
    },
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
  },
  check({ design, report }) {
    for (const producer of nodesOfKind(design, 'producer')) {
      const inFlight = producer.kafka['max.in.flight.requests.per.connection'];
      if (!producer.kafka['enable.idempotence'] || inFlight <= MAX_IDEMPOTENT_IN_FLIGHT) continue;
      if (kafkaTopicsPublishedBy(design, producer.id).length === 0) continue;
      report({
        target: { type: 'node', id: producer.id },
        messageId: 'tooMany',
        data: { producer: producer.name, inFlight },
        fix: {
          label: 'Set max.in.flight.requests.per.connection=5',
          apply: (d) =>
            patchNode(d, producer.id, { kafka: { 'max.in.flight.requests.per.connection': MAX_IDEMPOTENT_IN_FLIGHT } }),
        },
      });
    }
  },
});
