import { indexGraph, patchNode } from '../../design';
import { atLeastOnce, producerRequirements } from '../needs';
import { defineRule } from '../rule';
import { exampleDesign } from './_examples';
import { messagesAt } from '../../rabbitmq/message-flows';
import { rabbitQueues } from './_queues';
import { RMQ_SOURCES } from './_sources';

export const persistencePairing = defineRule({
  meta: {
    id: 'rabbitmq/persistence-pairing',
    category: 'durability',
    severity: 'error',
    docs: {
      summary: 'A producer on an at-least-once flow must publish persistent messages when they land in a durable classic queue.',
      rationale:
        'A durable classic queue survives a broker restart, but the transient messages in it (delivery_mode=1) do not: the queue comes back empty of them. Durability needs both halves, the durable queue and persistent messages. The rule follows routing (binding keys, exchange-to-exchange bindings, alternate exchanges, dead lettering, which keeps the delivery mode) to find the queues each producer really reaches. Quorum queues and streams persist every message. The durable-queue half is rabbitmq/durable-queue-and-persistent-messages.',
      howToFix: 'Publish with delivery_mode=2 (persistent), or move the queue to a quorum queue.',
      sources: [RMQ_SOURCES.queueDurability, RMQ_SOURCES.publishers],
    },
    messages: {
      transientMessages:
        'Producer "{producer}" publishes transient messages on an {delivery} flow into the durable classic queue "{queue}": a broker restart keeps the queue but loses the messages.',
    },
    examples: {
      failing: exampleDesign({
        nodes: [
          { kind: 'producer', id: 'orders-api', rabbitmq: { persistent: false } },
          { kind: 'rabbitmq-exchange', id: 'orders', type: 'direct' },
          { kind: 'rabbitmq-queue', id: 'billing', type: 'classic' },
        ],
        connections: [
          { from: 'orders-api', to: 'orders', kind: 'publish', routingKey: 'created' },
          { from: 'orders', to: 'billing', kind: 'bind', routingKey: 'created' },
        ],
      }),
      passing: exampleDesign({
        nodes: [
          { kind: 'producer', id: 'orders-api', rabbitmq: { persistent: true } },
          { kind: 'rabbitmq-exchange', id: 'orders', type: 'direct' },
          { kind: 'rabbitmq-queue', id: 'billing', type: 'classic' },
        ],
        connections: [
          { from: 'orders-api', to: 'orders', kind: 'publish', routingKey: 'created' },
          { from: 'orders', to: 'billing', kind: 'bind', routingKey: 'created' },
        ],
      }),
    },
  },
  check({ design, report }) {
    const graph = indexGraph(design);
    const reported = new Set<string>();
    for (const queue of rabbitQueues(design)) {
      if (queue.type !== 'classic' || !queue.durable || queue.exclusive) continue;
      for (const message of messagesAt(design, queue.id)) {
        const producer = graph.nodeById.get(message.publisherId);
        if (producer?.kind !== 'producer' || producer.rabbitmq.persistent || reported.has(producer.id)) continue;
        const requirements = producerRequirements(design, producer);
        if (!atLeastOnce(requirements)) continue;
        reported.add(producer.id);
        report({
          target: { type: 'node', id: producer.id },
          messageId: 'transientMessages',
          data: { producer: producer.name, delivery: requirements.delivery, queue: queue.name },
          fix: { label: 'Publish persistent messages', apply: (d) => patchNode(d, producer.id, { rabbitmq: { persistent: true } }) },
        });
      }
    }
  },
});
