import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

/** The docs and examples of `rabbitmq/routing-key-length`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'AMQP 0-9-1 carries routing and binding keys as short strings: at most 255 bytes. A longer key cannot be sent at all; the client or the broker refuses the publish or the binding. The limit counts bytes, so non-ASCII characters count two to four each.',
  howToFix: 'Shorten the key (move detail into message headers or the body).',
  sources: [RMQ_SOURCES.tutorialTopics],
  examples: {
    failing: exampleDesign({
      nodes: [
        { kind: 'rabbitmq-exchange', id: 'events' },
        { kind: 'rabbitmq-queue', id: 'orders' },
      ],
      connections: [{ from: 'events', to: 'orders', kind: 'bind', routingKey: `orders.${'x'.repeat(260)}` }],
    }),
    passing: exampleDesign({
      nodes: [
        { kind: 'rabbitmq-exchange', id: 'events' },
        { kind: 'rabbitmq-queue', id: 'orders' },
      ],
      connections: [{ from: 'events', to: 'orders', kind: 'bind', routingKey: 'orders.#' }],
    }),
  },
};
