import { updateNode } from '../../design';
import { defineRule } from '../rule';
import { rabbitConsumers, queueNames } from './_consumers';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

export const boundedPrefetch = defineRule({
  meta: {
    id: 'rabbitmq/bounded-prefetch',
    category: 'scalability',
    severity: 'warning',
    docs: {
      summary: 'A manually acknowledging RabbitMQ consumer should set a bounded prefetch (basic.qos).',
      rationale:
        'Prefetch 0 means unlimited: the broker pushes every ready message to the consumer, and unacknowledged deliveries pile up in the consumer\'s memory and on the node. One consumer can hoard a backlog that others could be processing. The RabbitMQ documentation names values in the 100 to 300 range as the usual optimum.',
      howToFix: 'Set a prefetch between 100 and 300 (lower for slow handlers).',
      sources: [RMQ_SOURCES.confirmsPrefetch],
    },
    messages: {
      unlimited: 'Consumer group "{group}" consumes "{queues}" with manual acks and unlimited prefetch (0): unacknowledged messages pile up in its memory and on the broker.',
    },
    examples: {
      failing: exampleDesign({
        nodes: [{ kind: 'rabbitmq-queue', id: 'orders' }, { kind: 'consumer-group', id: 'billing', prefetch: 0 }],
        connections: [{ from: 'orders', to: 'billing', kind: 'consume' }],
      }),
      passing: exampleDesign({
        nodes: [{ kind: 'rabbitmq-queue', id: 'orders' }, { kind: 'consumer-group', id: 'billing', prefetch: 100 }],
        connections: [{ from: 'orders', to: 'billing', kind: 'consume' }],
      }),
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
