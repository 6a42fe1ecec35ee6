import { indexGraph, routingKeysOf } from '../../design';
import { topicWords } from '../../rabbitmq/routing';
import { defineRule } from '../rule';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

export const hashBindingFanout = defineRule({
  meta: {
    id: 'rabbitmq/hash-binding-fanout',
    category: 'scalability',
    severity: 'info',
    docs: {
      summary: 'A topic binding with the key "#" receives every message, like a fanout binding.',
      rationale:
        'The key "#" matches every routing key, the empty one included, so the bound queue gets a copy of everything published to the exchange. That is right for an audit or capture queue, but often a leftover: the queue then grows with traffic nobody reads. Captures of dead letters and of unroutable messages (a dead-letter or alternate exchange, a dead-letter queue) are expected and not reported.',
      howToFix: 'Bind with the patterns the consumer needs; if a catch-all is intended, keep it (or accept the finding with a reason).',
      sources: [RMQ_SOURCES.exchanges, RMQ_SOURCES.tutorialTopics],
    },
    messages: {
      catchAll: 'Binding "{exchange}" → "{destination}" uses "{key}": it receives every message published to the exchange, as a fanout binding would.',
    },
    examples: {
      failing: exampleDesign({
        nodes: [{ kind: 'rabbitmq-exchange', id: 'events', type: 'topic' }, { kind: 'rabbitmq-queue', id: 'billing' }],
        connections: [{ from: 'events', to: 'billing', kind: 'bind', routingKey: '#' }],
      }),
      passing: exampleDesign({
        nodes: [{ kind: 'rabbitmq-exchange', id: 'events', type: 'topic' }, { kind: 'rabbitmq-queue', id: 'billing' }],
        connections: [{ from: 'events', to: 'billing', kind: 'bind', routingKey: 'order.*' }],
      }),
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
