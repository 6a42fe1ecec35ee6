import { patchNode, updateNode } from '../../design';
import { defineRule } from '../rule';
import { exampleDesign } from './_examples';
import { deliveryLimit, queueConsumers, rabbitQueues } from './_queues';
import { RMQ_SOURCES } from './_sources';

export const qqDeliveryLimitEnabled = defineRule({
  meta: {
    id: 'rabbitmq/qq-delivery-limit-enabled',
    category: 'error-handling',
    severity: 'warning',
    docs: {
      summary: 'A quorum queue should keep its delivery limit (poison-message protection) on.',
      rationale:
        'A message that crashes its consumer, or is always requeued, comes back forever unless the queue counts deliveries. Quorum queues do, and dead-letter (or drop) a message past the delivery limit: 20 by default since RabbitMQ 4.0, none before. Setting delivery-limit=-1 turns the protection off, which the documentation does not recommend: repeated requeues keep the Raft log from being truncated and threaten the queue\'s and the cluster\'s stability. The unset pre-4.0 default is reported only when the queue has consumers.',
      howToFix: 'Set x-delivery-limit (or the delivery-limit policy key) to 20 or another bounded value, with a dead-letter exchange to catch the messages.',
      sources: [RMQ_SOURCES.quorumPoison],
    },
    messages: {
      disabled: 'Quorum queue "{queue}" disables its delivery limit (-1): a poison message is redelivered forever.',
      unlimitedDefault: 'Quorum queue "{queue}" runs on RabbitMQ {version}, where quorum queues have no delivery limit by default: a poison message is redelivered forever.',
    },
    examples: {
      failing: exampleDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'orders', arguments: { 'x-delivery-limit': -1 } }] }),
      passing: exampleDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'orders', arguments: { 'x-delivery-limit': 20 } }] }),
    },
  },
  check({ design, report }) {
    for (const queue of rabbitQueues(design)) {
      if (queue.type !== 'quorum') continue;
      const { limit, explicit } = deliveryLimit(design, queue);
      if (limit >= 0) continue;
      if (!explicit && queueConsumers(design, queue.id).length === 0) continue;
      const fix = {
        label: 'Set a delivery limit of 20',
        apply: (d: Parameters<typeof updateNode>[0]) => {
          const policy = Object.fromEntries(Object.entries(queue.policy ?? {}).filter(([key]) => key !== 'delivery-limit'));
          return patchNode(d, queue.id, { arguments: { 'x-delivery-limit': 20 }, policy: Object.keys(policy).length > 0 ? policy : undefined });
        },
      };
      const version = queue.cluster ? design.clusters.find((c) => c.id === queue.cluster)?.version : undefined;
      report({
        target: { type: 'node', id: queue.id },
        messageId: explicit ? 'disabled' : 'unlimitedDefault',
        data: { queue: queue.name, version: version ?? '3.x' },
        fix,
      });
    }
  },
});
