import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

/** The docs and examples of `rabbitmq/persistence-pairing`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'A durable classic queue survives a broker restart, but the transient messages in it (delivery_mode=1) do not: the queue comes back empty of them. Durability needs both halves, the durable queue and persistent messages. The rule follows routing (binding keys, exchange-to-exchange bindings, alternate exchanges, dead lettering, which keeps the delivery mode) to find the queues each producer really reaches. Quorum queues and streams persist every message. The durable-queue half is rabbitmq/durable-queue-and-persistent-messages.',
  howToFix: 'Publish with delivery_mode=2 (persistent), or move the queue to a quorum queue.',
  sources: [RMQ_SOURCES.queueDurability, RMQ_SOURCES.publishers],
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
};
