import { defineRule } from '../rule';
import { exampleDesign } from './_examples';
import { deliveryLimit, queueConsumers, rabbitQueues } from './_queues';
import { RMQ_SOURCES } from './_sources';

/** A delivery limit this low is used up by a few consumer crashes, poison message or not. */
const LOW_DELIVERY_LIMIT = 3;

export const qqDeliveryLimitPrefetchGroup = defineRule({
  meta: {
    id: 'rabbitmq/qq-delivery-limit-prefetch-group',
    category: 'error-handling',
    severity: 'info',
    docs: {
      summary: 'With a prefetch above 1, a very low delivery limit on a quorum queue can discard healthy messages together with a poison one.',
      rationale:
        'When a consumer crashes or its channel closes, every message it had prefetched is returned and has its delivery count raised, not just the one that caused the crash. With a delivery limit of 3 or less, a poison message that crashes the consumer a few times takes all the other outstanding deliveries past the limit with it: they are dead-lettered (or dropped) although nothing was wrong with them.',
      howToFix: 'Keep the delivery limit well above the number of crashes you expect (the default, 20), with a dead-letter exchange; or lower the prefetch.',
      sources: [RMQ_SOURCES.quorumPoison, RMQ_SOURCES.confirmsPrefetch],
    },
    messages: {
      lowLimit: 'Quorum queue "{queue}" has delivery limit {limit} while "{group}" prefetches {prefetch}: a few crashes discard every outstanding delivery, not only the poison message.',
    },
    examples: {
      failing: exampleDesign({
        nodes: [{ kind: 'rabbitmq-queue', id: 'orders', arguments: { 'x-delivery-limit': 2 } }, { kind: 'consumer-group', id: 'billing', prefetch: 100 }],
        connections: [{ from: 'orders', to: 'billing', kind: 'consume' }],
      }),
      passing: exampleDesign({
        nodes: [{ kind: 'rabbitmq-queue', id: 'orders', arguments: { 'x-delivery-limit': 20 } }, { kind: 'consumer-group', id: 'billing', prefetch: 100 }],
        connections: [{ from: 'orders', to: 'billing', kind: 'consume' }],
      }),
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
