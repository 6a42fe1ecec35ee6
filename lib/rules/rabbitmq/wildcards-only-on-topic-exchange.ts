import { indexGraph, routingKeysOf } from '../../design';
import { defineRule } from '../rule';
import { hasWildcard } from './_binding-keys';

export const wildcardsOnlyOnTopicExchange = defineRule({
  meta: {
    id: 'rabbitmq/wildcards-only-on-topic-exchange',
    category: 'delivery',
    severity: 'warning',
    reads: ['rabbitmq-exchange'],
    summary: 'The wildcards * and # work only in binding keys of topic exchanges; in routing keys and on direct exchanges they are literal characters.',
    messages: {
      directBinding: 'Binding "{exchange}" → "{destination}" uses the pattern "{key}" on a direct exchange, which compares keys literally: it matches only the routing key "{key}" itself.',
      publishedPattern: '"{publisher}" publishes to "{exchange}" with the routing key "{key}": routing keys are not patterns, so the wildcard is a literal character.',
      deadLetterPattern: '"{publisher}" dead-letters to "{exchange}" with the routing key "{key}": routing keys are not patterns, so the wildcard is a literal character.',
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
