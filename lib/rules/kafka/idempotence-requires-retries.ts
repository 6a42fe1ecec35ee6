import { nodesOfKind, patchNode } from '../../design';
import { atLeastOnce, requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { kafkaTopicsPublishedBy } from './_topics';

export const idempotenceRequiresRetries = defineRule({
  meta: {
    id: 'kafka/idempotence-requires-retries',
    category: 'delivery',
    severity: 'error',
    reads: ['producer', 'rabbitmq-exchange', 'rabbitmq-queue', 'consumer-group', 'projection'],
    summary: 'An idempotent producer must be allowed to retry (retries > 0).',
    messages: {
      noRetries: 'Producer "{producer}" sets enable.idempotence=true with retries=0: the Kafka client rejects this combination and does not start.',
    },
  },
  check({ design, report }) {
    for (const producer of nodesOfKind(design, 'producer')) {
      if (!producer.kafka['enable.idempotence'] || producer.kafka.retries !== 0) continue;
      if (kafkaTopicsPublishedBy(design, producer.id).length === 0) continue;
      const atMostOnce = !atLeastOnce(requirementsAt(design, producer.id));
      report({
        target: { type: 'node', id: producer.id },
        messageId: 'noRetries',
        data: { producer: producer.name },
        fix: atMostOnce
          ? {
              label: 'Turn enable.idempotence off (the flow is at-most-once)',
              apply: (d) => patchNode(d, producer.id, { kafka: { 'enable.idempotence': false } }),
            }
          : { label: 'Remove retries (use the default)', apply: (d) => patchNode(d, producer.id, { kafka: { retries: undefined } }) },
      });
    }
  },
});
