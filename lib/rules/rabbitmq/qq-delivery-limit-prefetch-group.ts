import { defineRule } from '../rule';
import { deliveryLimit, queueConsumers, rabbitQueues } from './_queues';

/** A delivery limit this low is used up by a few consumer crashes, poison message or not. */
const LOW_DELIVERY_LIMIT = 3;

export const qqDeliveryLimitPrefetchGroup = defineRule({
  meta: {
    id: 'rabbitmq/qq-delivery-limit-prefetch-group',
    category: 'error-handling',
    severity: 'info',
    reads: ['rabbitmq-queue', 'consumer-group'],
    summary: 'With a prefetch above 1, a very low delivery limit on a quorum queue can discard healthy messages together with a poison one.',
    messages: {
      lowLimit: 'Quorum queue "{queue}" has delivery limit {limit} while "{group}" prefetches {prefetch}: a few crashes discard every outstanding delivery, not only the poison message.',
    },
  },
  check({ design, report }) {
    for (const queue of rabbitQueues(design)) {
      if (queue.type !== 'quorum') continue;
      const { limit } = deliveryLimit(design, queue);
      if (limit < 0 || limit > LOW_DELIVERY_LIMIT) continue;
      const group = queueConsumers(design, queue.id).find((g) => g.ackMode === 'manual' && !g.rabbitmq.basicGet && g.prefetch !== 1);
      if (!group) continue;
      report({
        target: { type: 'node', id: queue.id },
        messageId: 'lowLimit',
        data: { queue: queue.name, limit, group: group.name, prefetch: group.prefetch === 0 ? 'without limit' : group.prefetch },
      });
    }
  },
});
