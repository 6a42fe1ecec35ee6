import { updateNode } from '../../design';
import { atLeastOnce, requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { exampleDesign } from './_examples';
import { rabbitQueues } from './_queues';
import { RMQ_SOURCES } from './_sources';

export const durableQueueAndPersistentMessages = defineRule({
  meta: {
    id: 'rabbitmq/durable-queue-and-persistent-messages',
    category: 'durability',
    severity: 'error',
    docs: {
      summary: 'A classic queue on an at-least-once flow must be durable.',
      rationale:
        'A non-durable (transient) classic queue is deleted when its node restarts, with every message in it, persistent or not. Messages survive a restart only if the queue is durable and the messages are published as persistent (delivery_mode=2). Quorum queues and streams are always durable and persistent. The persistent-message half of the pair is checked per producer by rabbitmq/persistence-pairing.',
      howToFix: 'Declare the queue durable (and publish persistent messages), or make it a quorum queue.',
      sources: [RMQ_SOURCES.queueDurability, RMQ_SOURCES.quorumFeatures],
    },
    subsumes: ['rabbitmq/no-transient-non-exclusive-queues'],
    messages: {
      transientQueue: 'Queue "{queue}" is a non-durable classic queue on an {delivery} flow: a broker restart deletes it with all its messages.',
    },
    examples: {
      failing: exampleDesign({
        nodes: [{ kind: 'producer', id: 'writer' }, { kind: 'rabbitmq-queue', id: 'orders', type: 'classic', durable: false }], connections: [{ from: 'writer', to: 'orders', kind: 'publish' }] }),
      passing: exampleDesign({
        nodes: [{ kind: 'producer', id: 'writer' }, { kind: 'rabbitmq-queue', id: 'orders', type: 'classic', durable: true }], connections: [{ from: 'writer', to: 'orders', kind: 'publish' }] }),
    },
  },
  check({ design, report }) {
    for (const queue of rabbitQueues(design)) {
      // Exclusive queues live and die with one connection: durability is not what they are about.
      if (queue.type !== 'classic' || queue.durable || queue.exclusive) continue;
      const requirements = requirementsAt(design, queue.id);
      if (!atLeastOnce(requirements)) continue;
      report({
        target: { type: 'node', id: queue.id },
        messageId: 'transientQueue',
        data: { queue: queue.name, delivery: requirements.delivery },
        fix: { label: 'Make the queue durable', apply: (d) => updateNode(d, queue.id, { durable: true }) },
      });
    }
  },
});
