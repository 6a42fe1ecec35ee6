import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

/** The docs and examples of `rabbitmq/prefetch-one-throughput`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'Prefetch 1 is the most conservative setting: the broker sends the next message only after the previous one was acknowledged, so every message pays a network round trip, and parallel handlers in the consumer sit idle (only one message is ever outstanding on the channel). The RabbitMQ documentation notes it significantly reduces throughput. The rule reports it when the consumer runs several handlers per instance on an unordered flow (on an ordered flow prefetch 1 is what keeps them serial), or when a single handler must do more than about 100 messages per second, unless the flow is strictly ordered.',
  howToFix: 'Raise the prefetch to at least the handler concurrency, typically 100 to 300.',
  sources: [RMQ_SOURCES.confirmsPrefetch],
  examples: {
    failing: exampleDesign({
      requirements: { ordering: 'none' },
      nodes: [
        { kind: 'producer', id: 'writer' },
        { kind: 'rabbitmq-queue', id: 'orders' },
        { kind: 'consumer-group', id: 'billing', prefetch: 1, concurrency: 8 },
      ],
      connections: [
        { from: 'writer', to: 'orders', kind: 'publish' },
        { from: 'orders', to: 'billing', kind: 'consume' },
      ],
    }),
    passing: exampleDesign({
      requirements: { ordering: 'none' },
      nodes: [
        { kind: 'producer', id: 'writer' },
        { kind: 'rabbitmq-queue', id: 'orders' },
        { kind: 'consumer-group', id: 'billing', prefetch: 100, concurrency: 8 },
      ],
      connections: [
        { from: 'writer', to: 'orders', kind: 'publish' },
        { from: 'orders', to: 'billing', kind: 'consume' },
      ],
    }),
  },
};
