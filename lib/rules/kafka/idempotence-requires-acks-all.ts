import { nodesOfKind, patchNode } from '../../design';
import { atLeastOnce, requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { acksAll } from './_producers';
import { kafkaTopicsPublishedBy } from './_topics';

export const idempotenceRequiresAcksAll = defineRule({
  meta: {
    id: 'kafka/idempotence-requires-acks-all',
    category: 'delivery',
    severity: 'error',
    reads: ['producer', 'rabbitmq-exchange', 'rabbitmq-queue', 'consumer-group', 'projection'],
    summary: 'A producer with enable.idempotence=true must use acks=all.',
    messages: {
      conflict: 'Producer "{producer}" sets enable.idempotence=true with acks={acks}: the Kafka client rejects this combination and does not start.',
    },
  },
  check({ design, report }) {
    for (const producer of nodesOfKind(design, 'producer')) {
      if (!producer.kafka['enable.idempotence'] || acksAll(producer)) continue;
      if (kafkaTopicsPublishedBy(design, producer.id).length === 0) continue;
      // The flow decides which side of the conflict gives way: durability wins unless the flow says it needs none.
      const keepAcks = !atLeastOnce(requirementsAt(design, producer.id));
      report({
        target: { type: 'node', id: producer.id },
        messageId: 'conflict',
        data: { producer: producer.name, acks: producer.kafka.acks },
        fix: keepAcks
          ? {
              label: 'Turn enable.idempotence off (the flow is at-most-once)',
              apply: (d) => patchNode(d, producer.id, { kafka: { 'enable.idempotence': false } }),
            }
          : { label: 'Set acks=all', apply: (d) => patchNode(d, producer.id, { kafka: { acks: 'all' } }) },
      });
    }
  },
});
