import { indexGraph, updateConnection, routingKeysOf } from '../../design';
import { defineRule } from '../rule';
import { rewriteTopicKey, topicKeyProblems } from './_binding-keys';

export const topicBindingKeySyntax = defineRule({
  meta: {
    id: 'rabbitmq/topic-binding-key-syntax',
    category: 'delivery',
    severity: 'warning',
    reads: ['rabbitmq-exchange'],
    summary: 'In a topic exchange binding key, * and # must be whole dot-separated words, and no word may be empty.',
    messages: {
      malformed: 'Binding "{exchange}" → "{destination}" uses "{key}", where {words} is not a wildcard but a literal: it only matches keys with that exact text.',
      emptyWord: 'Binding "{exchange}" → "{destination}" uses "{key}", which has an empty word: it only matches routing keys with the same doubled, leading or trailing dot.',
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
