import { updateNode } from '../../design';
import { defineRule } from '../rule';
import { exampleDesign } from './_examples';
import { rabbitQueues } from './_queues';
import { RMQ_SOURCES } from './_sources';

export const quorumQueueDurableNonExclusive = defineRule({
  meta: {
    id: 'rabbitmq/quorum-queue-durable-non-exclusive',
    category: 'durability',
    severity: 'error',
    docs: {
      summary: 'A quorum queue must be durable, non-exclusive and not auto-delete.',
      rationale:
        'Quorum queues are replicated, always-durable queues: declaring one as non-durable, exclusive or auto-delete is refused by the broker with PRECONDITION_FAILED, so the application fails at start-up. Temporary queues (RPC replies, per-connection subscriptions) are what classic exclusive queues are for.',
      howToFix: 'Declare the quorum queue durable, non-exclusive and not auto-delete; for a temporary queue use a classic exclusive queue.',
      sources: [RMQ_SOURCES.quorumFeatures, RMQ_SOURCES.quorumQueues],
    },
    subsumes: ['rabbitmq/quorum-not-for-temporary'],
    messages: {
      invalid: 'Quorum queue "{queue}" is declared {properties}: the broker refuses the declaration.',
    },
    examples: {
      failing: exampleDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'replies', type: 'quorum', exclusive: true }] }),
      passing: exampleDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'replies', type: 'classic', exclusive: true, durable: false }] }),
    },
  },
  check({ design, report }) {
    for (const queue of rabbitQueues(design)) {
      if (queue.type !== 'quorum') continue;
      const properties = [!queue.durable && 'non-durable', queue.exclusive && 'exclusive', queue.autoDelete && 'auto-delete'].filter(Boolean);
      if (properties.length === 0) continue;
      report({
        target: { type: 'node', id: queue.id },
        messageId: 'invalid',
        data: { queue: queue.name, properties: properties.join(', ') },
        fix: { label: 'Make it durable, non-exclusive, not auto-delete', apply: (d) => updateNode(d, queue.id, { durable: true, exclusive: false, autoDelete: false }) },
      });
    }
  },
});
