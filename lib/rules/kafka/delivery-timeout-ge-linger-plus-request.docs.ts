import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

/** The docs and examples of `kafka/delivery-timeout-ge-linger-plus-request`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'delivery.timeout.ms bounds the whole send: waiting in the batch (linger.ms), every request (request.timeout.ms) and the retries. A value that cannot cover one linger plus one request is rejected: the Java client throws a ConfigException when delivery.timeout.ms was set by the user (and silently raises it otherwise).',
  howToFix: 'Raise delivery.timeout.ms to at least linger.ms + request.timeout.ms (the default is 120000 ms), or lower the other two.',
  sources: [KAFKA_SOURCES.producerConfigs, KAFKA_SOURCES.producerConfigSource],
  examples: {
    failing: exampleDesign({
      nodes: [
        { kind: 'producer', id: 'orders-api', kafka: { 'delivery.timeout.ms': 20000, 'request.timeout.ms': 30000 } },
        { kind: 'kafka-topic', id: 'orders' },
      ],
      connections: [['orders-api', 'orders', 'publish']],
    }),
    passing: exampleDesign({
      nodes: [
        { kind: 'producer', id: 'orders-api', kafka: { 'delivery.timeout.ms': 120000, 'request.timeout.ms': 30000 } },
        { kind: 'kafka-topic', id: 'orders' },
      ],
      connections: [['orders-api', 'orders', 'publish']],
    }),
  },
};
