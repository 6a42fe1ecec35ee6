import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

/** The docs and examples of `kafka/no-reordering-on-retry`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'With retries and more than one request in flight, a failed batch can be retried after the next batch succeeded, so the later records land first in the partition. The idempotent producer prevents this by sequence-numbering batches; without it only max.in.flight.requests.per.connection=1 keeps the order.',
  howToFix: 'Set enable.idempotence=true (needs acks=all), or max.in.flight.requests.per.connection=1.',
  sources: [KAFKA_SOURCES.producerConfigs],
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
};
