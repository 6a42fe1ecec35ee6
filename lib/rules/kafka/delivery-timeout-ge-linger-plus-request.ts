import { nodesOfKind, patchNode } from '../../design';
import { defineRule } from '../rule';
import { kafkaTopicsPublishedBy } from './_topics';

/** Kafka 4.0's default linger.ms (0 before 4.0; the larger value is the safe reading). */

export const deliveryTimeoutGeLingerPlusRequest = defineRule({
  meta: {
    id: 'kafka/delivery-timeout-ge-linger-plus-request',
    category: 'delivery',
    severity: 'error',
    reads: ['producer'],
    summary: "A producer's delivery.timeout.ms must be at least linger.ms + request.timeout.ms.",
    messages: {
      tooShort: 'Producer "{producer}" sets delivery.timeout.ms={delivery}, less than linger.ms + request.timeout.ms = {needed}: the Kafka client rejects this configuration.',
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
