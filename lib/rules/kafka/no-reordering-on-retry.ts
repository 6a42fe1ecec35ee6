import { nodesOfKind,  patchNode } from '../../design';
import { producerRequirements } from '../needs';
import { defineRule } from '../rule';
import { exampleDesign } from './_examples';
import { acksAll, retries } from './_producers';
import { KAFKA_SOURCES } from './_sources';
import { kafkaTopicsPublishedBy } from './_topics';

export const noReorderingOnRetry = defineRule({
  meta: {
    id: 'kafka/no-reordering-on-retry',
    category: 'ordering',
    severity: 'error',
    docs: {
      summary: 'A producer on an ordered flow must not retry with several requests in flight unless it is idempotent.',
      rationale:
        'With retries and more than one request in flight, a failed batch can be retried after the next batch succeeded, so the later records land first in the partition. The idempotent producer prevents this by sequence-numbering batches; without it only max.in.flight.requests.per.connection=1 keeps the order.',
      howToFix: 'Set enable.idempotence=true (needs acks=all), or max.in.flight.requests.per.connection=1.',
      sources: [KAFKA_SOURCES.producerConfigs],
    },
    subsumes: ['kafka/idempotence-silently-disabled'],
    messages: {
      reorders:
        'Producer "{producer}" retries with {inFlight} requests in flight and idempotence off on a {ordering}-ordered flow: a retried batch can land after the batch that followed it.',
    },
    examples: {
      failing: exampleDesign({
        nodes: [
          { kind: 'producer', id: 'orders-api', kafka: { 'enable.idempotence': false, 'max.in.flight.requests.per.connection': 5 } },
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
