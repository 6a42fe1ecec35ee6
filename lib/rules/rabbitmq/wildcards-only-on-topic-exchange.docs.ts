import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

/** The docs and examples of `rabbitmq/wildcards-only-on-topic-exchange`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'A direct exchange compares binding key and routing key byte for byte, so a binding "orders.*" on it matches only a message published with the routing key "orders.*" itself. A routing key is never a pattern, on any exchange: publishing with "orders.*" does not reach "orders.created" bindings. Either way routing silently fails. (Fanout and headers exchanges ignore keys altogether.)',
  howToFix: 'Use a topic exchange for pattern bindings, or literal keys on a direct exchange; publish with concrete routing keys.',
  sources: [RMQ_SOURCES.exchanges, RMQ_SOURCES.tutorialTopics],
  examples: {
    failing: exampleDesign({
      nodes: [
        { kind: 'rabbitmq-exchange', id: 'events', type: 'direct' },
        { kind: 'rabbitmq-queue', id: 'orders' },
      ],
      connections: [{ from: 'events', to: 'orders', kind: 'bind', routingKey: 'orders.*' }],
    }),
    passing: exampleDesign({
      nodes: [
        { kind: 'rabbitmq-exchange', id: 'events', type: 'topic' },
        { kind: 'rabbitmq-queue', id: 'orders' },
      ],
      connections: [{ from: 'events', to: 'orders', kind: 'bind', routingKey: 'orders.*' }],
    }),
  },
};
