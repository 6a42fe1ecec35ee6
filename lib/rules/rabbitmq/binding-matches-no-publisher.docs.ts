import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

/** The docs and examples of `rabbitmq/binding-matches-no-publisher`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'A direct exchange routes a message to the bindings whose key equals its routing key, byte for byte; a topic exchange to the bindings whose pattern matches its dot-separated words. A binding whose key matches none of the routing keys that reach the exchange never routes anything: its queue waits for messages that are never delivered, and the messages meant for it go elsewhere or are dropped as unroutable, so a typo ("order.canceled" for "order.cancelled") silently disconnects a consumer. The rule gathers, as the broker routes them, the keys every publisher in the design sends into the exchange (also through exchange-to-exchange bindings), the keys dead letters are republished with and the keys consumers republish failures with. It does not judge exchanges no modelled publisher reaches, exchanges a publish without a routing key may reach, alternate exchanges (they catch what was not foreseen), fanout and headers exchanges, and binding keys with wildcard problems (rabbitmq/wildcards-only-on-topic-exchange and rabbitmq/topic-binding-key-syntax report those).',
  howToFix:
    'Correct the binding key to the routing key the publisher sends (the fix does so when a published key that no binding routes is a near spelling of it), or remove the binding if nothing is meant to reach the queue that way. If a publisher outside the design sends the key, add it to the design.',
  sources: [RMQ_SOURCES.exchanges, RMQ_SOURCES.tutorialTopics, RMQ_SOURCES.unroutable, RMQ_SOURCES.topicExchangeSource],
  examples: {
    failing: exampleDesign({
      nodes: [
        { kind: 'producer', id: 'order-service' },
        { kind: 'rabbitmq-exchange', id: 'order-events', type: 'direct' },
        { kind: 'rabbitmq-queue', id: 'refunds' },
      ],
      connections: [
        { from: 'order-service', to: 'order-events', kind: 'publish', routingKeys: ['order.created', 'order.cancelled'] },
        { from: 'order-events', to: 'refunds', kind: 'bind', routingKey: 'order.canceled' },
      ],
    }),
    passing: exampleDesign({
      nodes: [
        { kind: 'producer', id: 'order-service' },
        { kind: 'rabbitmq-exchange', id: 'order-events', type: 'direct' },
        { kind: 'rabbitmq-queue', id: 'refunds' },
      ],
      connections: [
        { from: 'order-service', to: 'order-events', kind: 'publish', routingKeys: ['order.created', 'order.cancelled'] },
        { from: 'order-events', to: 'refunds', kind: 'bind', routingKey: 'order.cancelled' },
      ],
    }),
  },
};
