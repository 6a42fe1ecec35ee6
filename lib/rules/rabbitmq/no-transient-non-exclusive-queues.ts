import { updateNode } from '../../design';
import { defineRule } from '../rule';
import { exampleDesign } from './_examples';
import { rabbitQueues } from './_queues';
import { RMQ_SOURCES } from './_sources';

export const noTransientNonExclusiveQueues = defineRule({
  meta: {
    id: 'rabbitmq/no-transient-non-exclusive-queues',
    category: 'durability',
    severity: 'warning',
    docs: {
      summary: 'Classic queues should be either durable or exclusive: transient non-exclusive queues are deprecated.',
      rationale:
        'Transient (non-durable) non-exclusive queues are the deprecated feature transient_nonexcl_queues: they disappear on a node restart while other connections still expect them, and RabbitMQ 4.3 disables them by default. A temporary queue should be exclusive (deleted with its connection), or durable with a queue TTL (x-expires) to clean up unused queues.',
      howToFix: 'Declare the queue durable (with x-expires if it is temporary), or exclusive.',
      sources: [RMQ_SOURCES.deprecatedFeatures, RMQ_SOURCES.queueDurability],
    },
    messages: {
      transient: 'Queue "{queue}" is transient and non-exclusive, a deprecated combination (disabled by default from RabbitMQ 4.3).',
    },
    examples: {
      failing: exampleDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'notifications', type: 'classic', durable: false }] }),
      passing: exampleDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'notifications', type: 'classic', durable: true }] }),
    },
  },
  check({ design, report }) {
    for (const queue of rabbitQueues(design)) {
      // Quorum queues and streams are always durable: their non-durable declarations are errors reported elsewhere.
      if (queue.type !== 'classic' || queue.durable || queue.exclusive) continue;
      report({
        target: { type: 'node', id: queue.id },
        messageId: 'transient',
        data: { queue: queue.name },
        fix: { label: 'Make the queue durable', apply: (d) => updateNode(d, queue.id, { durable: true }) },
      });
    }
  },
});
