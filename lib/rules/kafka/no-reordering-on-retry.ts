import { nodesOfKind, patchNode } from '../../design';
import { producerRequirements } from '../needs';
import { defineRule } from '../rule';
import { acksAll, retries } from './_producers';
import { kafkaTopicsPublishedBy } from './_topics';

export const noReorderingOnRetry = defineRule({
  meta: {
    id: 'kafka/no-reordering-on-retry',
    category: 'ordering',
    severity: 'error',
    reads: ['producer', 'rabbitmq-exchange', 'rabbitmq-queue', 'consumer-group', 'projection'],
    summary: 'A producer on an ordered flow must not retry with several requests in flight unless it is idempotent.',
    subsumes: ['kafka/idempotence-silently-disabled'],
    messages: {
      reorders: 'Producer "{producer}" retries with {inFlight} requests in flight and idempotence off on a {ordering}-ordered flow: a retried batch can land after the batch that followed it.',
    },
  },
  check({ design, report }) {
    for (const producer of nodesOfKind(design, 'producer')) {
      const k = producer.kafka;
      const inFlight = k['max.in.flight.requests.per.connection'];
      if (k['enable.idempotence'] || retries(producer) === 0 || inFlight <= 1) continue;
      if (kafkaTopicsPublishedBy(design, producer.id).length === 0) continue;
      const { ordering } = producerRequirements(design, producer);
      if (ordering === 'none') continue;
      report({
        target: { type: 'node', id: producer.id },
        messageId: 'reorders',
        data: { producer: producer.name, inFlight, ordering },
        // Idempotence needs acks=all; with weaker acks, one request in flight keeps order without a new conflict.
        fix: acksAll(producer)
          ? { label: 'Set enable.idempotence=true', apply: (d) => patchNode(d, producer.id, { kafka: { 'enable.idempotence': true } }) }
          : {
              label: 'Set max.in.flight.requests.per.connection=1',
              apply: (d) => patchNode(d, producer.id, { kafka: { 'max.in.flight.requests.per.connection': 1 } }),
            },
      });
    }
  },
});
