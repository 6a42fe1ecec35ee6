import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

/** The docs and examples of `rabbitmq/durable-queue-and-persistent-messages`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'A non-durable (transient) classic queue is deleted when its node restarts, with every message in it, persistent or not. Messages survive a restart only if the queue is durable and the messages are published as persistent (delivery_mode=2). Quorum queues and streams are always durable and persistent. The persistent-message half of the pair is checked per producer by rabbitmq/persistence-pairing.',
  howToFix: 'Declare the queue durable (and publish persistent messages), or make it a quorum queue.',
  sources: [RMQ_SOURCES.queueDurability, RMQ_SOURCES.quorumFeatures],
  examples: {
    failing: exampleDesign({
      nodes: [
        { kind: 'producer', id: 'writer' },
        { kind: 'rabbitmq-queue', id: 'orders', type: 'classic', durable: false },
      ],
      connections: [{ from: 'writer', to: 'orders', kind: 'publish' }],
    }),
    passing: exampleDesign({
      nodes: [
        { kind: 'producer', id: 'writer' },
        { kind: 'rabbitmq-queue', id: 'orders', type: 'classic', durable: true },
      ],
      connections: [{ from: 'writer', to: 'orders', kind: 'publish' }],
    }),
  },
};
