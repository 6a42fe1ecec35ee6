import { patchNode, updateNode } from '../../design';
import { defineRule } from '../rule';
import { deliveryLimit, queueConsumers, rabbitQueues } from './_queues';

export const qqDeliveryLimitEnabled = defineRule({
  meta: {
    id: 'rabbitmq/qq-delivery-limit-enabled',
    category: 'error-handling',
    severity: 'warning',
    reads: ['rabbitmq-queue'],
    summary: 'A quorum queue should keep its delivery limit (poison-message protection) on.',
    messages: {
      disabled: 'Quorum queue "{queue}" disables its delivery limit (-1): a poison message is redelivered forever.',
      unlimitedDefault: 'Quorum queue "{queue}" runs on RabbitMQ {version}, where quorum queues have no delivery limit by default: a poison message is redelivered forever.',
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
