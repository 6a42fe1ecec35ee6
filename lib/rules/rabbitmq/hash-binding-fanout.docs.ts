import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

/** The docs and examples of `rabbitmq/hash-binding-fanout`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'The key "#" matches every routing key, the empty one included, so the bound queue gets a copy of everything published to the exchange. That is right for an audit or capture queue, but often a leftover: the queue then grows with traffic nobody reads. Captures of dead letters and of unroutable messages (a dead-letter or alternate exchange, a dead-letter queue) are expected and not reported.',
  howToFix: 'Bind with the patterns the consumer needs; if a catch-all is intended, keep it (or accept the finding with a reason).',
  sources: [RMQ_SOURCES.exchanges, RMQ_SOURCES.tutorialTopics],
  examples: {
    failing: exampleDesign({
      nodes: [
        { kind: 'rabbitmq-exchange', id: 'events', type: 'topic' },
        { kind: 'rabbitmq-queue', id: 'billing' },
      ],
      connections: [{ from: 'events', to: 'billing', kind: 'bind', routingKey: '#' }],
    }),
    passing: exampleDesign({
      nodes: [
        { kind: 'rabbitmq-exchange', id: 'events', type: 'topic' },
        { kind: 'rabbitmq-queue', id: 'billing' },
      ],
      connections: [{ from: 'events', to: 'billing', kind: 'bind', routingKey: 'order.*' }],
    }),
  },
};
