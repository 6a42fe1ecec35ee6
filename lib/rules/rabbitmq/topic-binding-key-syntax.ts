import { indexGraph, updateConnection, routingKeysOf } from '../../design';
import { defineRule } from '../rule';
import { rewriteTopicKey, topicKeyProblems } from './_binding-keys';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

export const topicBindingKeySyntax = defineRule({
  meta: {
    id: 'rabbitmq/topic-binding-key-syntax',
    category: 'delivery',
    severity: 'warning',
    docs: {
      summary: 'In a topic exchange binding key, * and # must be whole dot-separated words, and no word may be empty.',
      rationale:
        'Topic matching works on words separated by dots: * matches exactly one word and # zero or more, but only when they stand alone as a word. In orders* or a.#b the wildcard is a literal character, so the binding matches only a routing key containing that exact text, which nobody publishes: the queue silently receives nothing. Empty words (a..b, a leading or trailing dot) are legal but match only keys with the same empty word, almost always a typo. (This is derived from how the broker splits and matches keys.)',
      howToFix: 'Write wildcards as their own words: orders.* instead of orders*, a.#.b instead of a.#b; remove doubled dots.',
      sources: [RMQ_SOURCES.tutorialTopics, RMQ_SOURCES.exchanges, RMQ_SOURCES.topicExchangeSource],
    },
    messages: {
      malformed: 'Binding "{exchange}" → "{destination}" uses "{key}", where {words} is not a wildcard but a literal: it only matches keys with that exact text.',
      emptyWord: 'Binding "{exchange}" → "{destination}" uses "{key}", which has an empty word: it only matches routing keys with the same doubled, leading or trailing dot.',
    },
    examples: {
      failing: exampleDesign({
        nodes: [{ kind: 'rabbitmq-exchange', id: 'events', type: 'topic' }, { kind: 'rabbitmq-queue', id: 'orders' }],
        connections: [{ from: 'events', to: 'orders', kind: 'bind', routingKey: 'orders*' }],
      }),
      passing: exampleDesign({
        nodes: [{ kind: 'rabbitmq-exchange', id: 'events', type: 'topic' }, { kind: 'rabbitmq-queue', id: 'orders' }],
        connections: [{ from: 'events', to: 'orders', kind: 'bind', routingKey: 'orders.*' }],
      }),
    },
  },
  check({ design, report }) {
    const graph = indexGraph(design);
    for (const binding of design.connections) {
      if (binding.kind !== 'bind') continue;
      const exchange = graph.nodeById.get(binding.from);
      if (exchange?.kind !== 'rabbitmq-exchange' || exchange.type !== 'topic') continue;
      const keys = routingKeysOf(binding);
      const key = keys.find((k) => {
        const problems = topicKeyProblems(k);
        return problems.malformedWords.length > 0 || problems.emptyWords;
      });
      if (key === undefined) continue;
      const { malformedWords } = topicKeyProblems(key);
      const rewritten = rewriteTopicKey(key);
      report({
        target: { type: 'connection', id: binding.id },
        messageId: malformedWords.length > 0 ? 'malformed' : 'emptyWord',
        data: {
          exchange: exchange.name,
          destination: graph.nodeById.get(binding.to)?.name ?? binding.to,
          key,
          words: malformedWords.map((w) => `"${w}"`).join(', '),
        },
        fix:
          rewritten === undefined
            ? undefined
            : {
                label: `Bind with "${rewritten}"`,
                apply: (d) =>
                  binding.routingKeys === undefined
                    ? updateConnection(d, binding.id, { routingKey: rewritten })
                    : updateConnection(d, binding.id, { routingKey: undefined, routingKeys: keys.map((k) => (k === key ? rewritten : k)) }),
              },
      });
    }
  },
});
