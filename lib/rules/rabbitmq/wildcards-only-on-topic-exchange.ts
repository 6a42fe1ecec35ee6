import { indexGraph, routingKeysOf } from '../../design';
import { defineRule } from '../rule';
import { hasWildcard } from './_binding-keys';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

export const wildcardsOnlyOnTopicExchange = defineRule({
  meta: {
    id: 'rabbitmq/wildcards-only-on-topic-exchange',
    category: 'delivery',
    severity: 'warning',
    docs: {
      summary: 'The wildcards * and # work only in binding keys of topic exchanges; in routing keys and on direct exchanges they are literal characters.',
      rationale:
        'A direct exchange compares binding key and routing key byte for byte, so a binding "orders.*" on it matches only a message published with the routing key "orders.*" itself. A routing key is never a pattern, on any exchange: publishing with "orders.*" does not reach "orders.created" bindings. Either way routing silently fails. (Fanout and headers exchanges ignore keys altogether.)',
      howToFix: 'Use a topic exchange for pattern bindings, or literal keys on a direct exchange; publish with concrete routing keys.',
      sources: [RMQ_SOURCES.exchanges, RMQ_SOURCES.tutorialTopics],
    },
    messages: {
      directBinding: 'Binding "{exchange}" → "{destination}" uses the pattern "{key}" on a direct exchange, which compares keys literally: it matches only the routing key "{key}" itself.',
      publishedPattern: '"{publisher}" publishes to "{exchange}" with the routing key "{key}": routing keys are not patterns, so the wildcard is a literal character.',
      deadLetterPattern: '"{publisher}" dead-letters to "{exchange}" with the routing key "{key}": routing keys are not patterns, so the wildcard is a literal character.',
    },
    examples: {
      failing: exampleDesign({
        nodes: [{ kind: 'rabbitmq-exchange', id: 'events', type: 'direct' }, { kind: 'rabbitmq-queue', id: 'orders' }],
        connections: [{ from: 'events', to: 'orders', kind: 'bind', routingKey: 'orders.*' }],
      }),
      passing: exampleDesign({
        nodes: [{ kind: 'rabbitmq-exchange', id: 'events', type: 'topic' }, { kind: 'rabbitmq-queue', id: 'orders' }],
        connections: [{ from: 'events', to: 'orders', kind: 'bind', routingKey: 'orders.*' }],
      }),
    },
  },
  check({ design, report }) {
    const graph = indexGraph(design);
    for (const connection of design.connections) {
      const key = routingKeysOf(connection).find(hasWildcard);
      if (key === undefined) continue;
      const from = graph.nodeById.get(connection.from);
      const to = graph.nodeById.get(connection.to);
      if (!from || !to) continue;
      if (connection.kind === 'bind' && from.kind === 'rabbitmq-exchange' && from.type === 'direct') {
        report({ target: { type: 'connection', id: connection.id }, messageId: 'directBinding', data: { exchange: from.name, destination: to.name, key } });
      } else if ((connection.kind === 'publish' || connection.kind === 'dead-letter') && to.kind === 'rabbitmq-exchange' && (to.type === 'direct' || to.type === 'topic')) {
        report({
          target: { type: 'connection', id: connection.id },
          messageId: connection.kind === 'publish' ? 'publishedPattern' : 'deadLetterPattern',
          data: { publisher: from.name, exchange: to.name, key },
        });
      }
    }
  },
});
