import { updateNode } from '../../design';
import { defineRule } from '../rule';
import { rabbitConsumers, queueNames } from './_consumers';

export const boundedPrefetch = defineRule({
  meta: {
    id: 'rabbitmq/bounded-prefetch',
    category: 'scalability',
    severity: 'warning',
    reads: ['consumer-group'],
    summary: 'A manually acknowledging RabbitMQ consumer should set a bounded prefetch (basic.qos).',
    messages: {
      unlimited: 'Consumer group "{group}" consumes "{queues}" with manual acks and unlimited prefetch (0): unacknowledged messages pile up in its memory and on the broker.',
    },
  },
  check({ design, report }) {
    for (const { group, queues } of rabbitConsumers(design)) {
      // Prefetch does not apply to basic.get pollers (rabbitmq/no-polling-consumers) nor to auto-ack consumers.
      if (group.prefetch !== 0 || group.ackMode !== 'manual' || group.rabbitmq.basicGet) continue;
      report({
        target: { type: 'node', id: group.id },
        messageId: 'unlimited',
        data: { group: group.name, queues: queueNames(queues) },
        fix: { label: 'Set prefetch to 100', apply: (d) => updateNode(d, group.id, { prefetch: 100 }) },
      });
    }
  },
});
