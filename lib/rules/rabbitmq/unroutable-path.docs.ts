import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

/** The docs and examples of `rabbitmq/unroutable-path`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'A message that matches no binding is unroutable. Unless it was published with the mandatory flag (then the broker returns it to the publisher, which must handle basic.return), RabbitMQ discards it silently, and publisher confirms still ack it. An alternate exchange catches unroutable messages, but only if it routes them somewhere itself. The rule routes each publish exactly as the broker does: binding keys with topic wildcards, headers matching, exchange-to-exchange bindings and alternate exchanges.',
  howToFix: 'Bind a queue that matches the key (or fix the key), add an alternate exchange with a bound queue to collect unroutable messages, or publish with mandatory=true and handle returns.',
  sources: [RMQ_SOURCES.unroutable, RMQ_SOURCES.alternateExchange, RMQ_SOURCES.tutorialTopics],
  examples: {
    failing: exampleDesign({
      nodes: [
        { kind: 'producer', id: 'orders-api' },
        { kind: 'rabbitmq-exchange', id: 'orders', type: 'topic' },
        { kind: 'rabbitmq-queue', id: 'billing' },
      ],
      connections: [
        { from: 'orders-api', to: 'orders', kind: 'publish', routingKey: 'order.created.eu' },
        { from: 'orders', to: 'billing', kind: 'bind', routingKey: 'order.*' },
      ],
    }),
    passing: exampleDesign({
      nodes: [
        { kind: 'producer', id: 'orders-api' },
        { kind: 'rabbitmq-exchange', id: 'orders', type: 'topic' },
        { kind: 'rabbitmq-queue', id: 'billing' },
      ],
      connections: [
        { from: 'orders-api', to: 'orders', kind: 'publish', routingKey: 'order.created.eu' },
        { from: 'orders', to: 'billing', kind: 'bind', routingKey: 'order.#' },
      ],
    }),
  },
};
