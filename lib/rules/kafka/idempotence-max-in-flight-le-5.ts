import { nodesOfKind, patchNode } from '../../design';
import { defineRule } from '../rule';
import { MAX_IDEMPOTENT_IN_FLIGHT } from './_producers';
import { kafkaTopicsPublishedBy } from './_topics';

export const idempotenceMaxInFlightLe5 = defineRule({
  meta: {
    id: 'kafka/idempotence-max-in-flight-le-5',
    category: 'delivery',
    severity: 'error',
    reads: ['producer'],
    summary: 'An idempotent producer must keep max.in.flight.requests.per.connection at 5 or less.',
    messages: {
      tooMany: 'Producer "{producer}" is idempotent with max.in.flight.requests.per.connection={inFlight}: the broker tracks only 5 batches per producer, so the Kafka client refuses this setting.',
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
          apply: (d) => patchNode(d, producer.id, { kafka: { 'max.in.flight.requests.per.connection': MAX_IDEMPOTENT_IN_FLIGHT } }),
        },
      });
    }
  },
});
