import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

/** The docs and examples of `rabbitmq/topic-binding-key-syntax`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'Topic matching works on words separated by dots: * matches exactly one word and # zero or more, but only when they stand alone as a word. In orders* or a.#b the wildcard is a literal character, so the binding matches only a routing key containing that exact text, which nobody publishes: the queue silently receives nothing. Empty words (a..b, a leading or trailing dot) are legal but match only keys with the same empty word, almost always a typo. (This is derived from how the broker splits and matches keys.)',
  howToFix: 'Write wildcards as their own words: orders.* instead of orders*, a.#.b instead of a.#b; remove doubled dots.',
  sources: [RMQ_SOURCES.tutorialTopics, RMQ_SOURCES.exchanges, RMQ_SOURCES.topicExchangeSource],
  examples: {
    failing: exampleDesign({
      nodes: [
        { kind: 'rabbitmq-exchange', id: 'events', type: 'topic' },
        { kind: 'rabbitmq-queue', id: 'orders' },
      ],
      connections: [{ from: 'events', to: 'orders', kind: 'bind', routingKey: 'orders*' }],
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
