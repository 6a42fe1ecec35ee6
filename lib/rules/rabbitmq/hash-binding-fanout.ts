import { indexGraph, routingKeysOf } from '../../design';
import { topicWords } from '../../rabbitmq/routing';
import { defineRule } from '../rule';

export const hashBindingFanout = defineRule({
  meta: {
    id: 'rabbitmq/hash-binding-fanout',
    category: 'scalability',
    severity: 'info',
    reads: ['rabbitmq-exchange', 'rabbitmq-queue'],
    summary: 'A topic binding with the key "#" receives every message, like a fanout binding.',
    messages: {
      catchAll: 'Binding "{exchange}" → "{destination}" uses "{key}": it receives every message published to the exchange, as a fanout binding would.',
    },
  },
  check({ design, report }) {
    const graph = indexGraph(design);
    for (const binding of design.connections) {
      if (binding.kind !== 'bind') continue;
      const key = routingKeysOf(binding).find((k) => {
        const words = topicWords(k);
        return words.length > 0 && words.every((w) => w === '#');
      });
      if (key === undefined) continue;
      const exchange = graph.nodeById.get(binding.from);
      const destination = graph.nodeById.get(binding.to);
      if (exchange?.kind !== 'rabbitmq-exchange' || exchange.type !== 'topic' || !destination) continue;
      // Dead-letter and alternate exchanges exist to catch everything.
      if ((graph.incoming.get(exchange.id) ?? []).some((c) => c.kind === 'dead-letter' || c.kind === 'alternate')) continue;
      if (destination.kind === 'rabbitmq-queue' && destination.role === 'dead-letter') continue;
      report({
        target: { type: 'connection', id: binding.id },
        messageId: 'catchAll',
        data: { exchange: exchange.name, destination: destination.name, key },
      });
    }
  },
});
