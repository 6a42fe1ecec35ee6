import { nodesOfKind,  patchNode } from '../../design';
import { defineRule } from '../rule';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';
import { kafkaTopicsPublishedBy } from './_topics';

/** Kafka 4.0's default linger.ms (0 before 4.0; the larger value is the safe reading). */

export const deliveryTimeoutGeLingerPlusRequest = defineRule({
  meta: {
    id: 'kafka/delivery-timeout-ge-linger-plus-request',
    category: 'delivery',
    severity: 'error',
    docs: {
      summary: 'A producer\'s delivery.timeout.ms must be at least linger.ms + request.timeout.ms.',
      rationale:
        'delivery.timeout.ms bounds the whole send: waiting in the batch (linger.ms), every request (request.timeout.ms) and the retries. A value that cannot cover one linger plus one request is rejected: the Java client throws a ConfigException when delivery.timeout.ms was set by the user (and silently raises it otherwise).',
      howToFix: 'Raise delivery.timeout.ms to at least linger.ms + request.timeout.ms (the default is 120000 ms), or lower the other two.',
      sources: [KAFKA_SOURCES.producerConfigs, KAFKA_SOURCES.producerConfigSource],
    },
    messages: {
      tooShort:
        'Producer "{producer}" sets delivery.timeout.ms={delivery}, less than linger.ms + request.timeout.ms = {needed}: the Kafka client rejects this configuration.',
    },
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
  },
  check({ design, source, report }) {
    for (const producer of nodesOfKind(design, 'producer')) {
      const k = producer.kafka;
      const delivery = k['delivery.timeout.ms'];
      // Unset, the client adjusts its default itself: only a value the user wrote is rejected.
      if (source(producer.id, 'kafka.delivery.timeout.ms')?.origin !== 'design') continue;
      const needed = k['linger.ms'] + k['request.timeout.ms'];
      if (delivery >= needed || kafkaTopicsPublishedBy(design, producer.id).length === 0) continue;
      report({
        target: { type: 'node', id: producer.id },
        messageId: 'tooShort',
        data: { producer: producer.name, delivery, needed },
        fix: {
          label: `Set delivery.timeout.ms=${needed}`,
          apply: (d) => patchNode(d, producer.id, { kafka: { 'delivery.timeout.ms': needed } }),
        },
      });
    }
  },
});
