import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

/** The docs and examples of `rabbitmq/bounded-prefetch`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "Prefetch 0 means unlimited: the broker pushes every ready message to the consumer, and unacknowledged deliveries pile up in the consumer's memory and on the node. One consumer can hoard a backlog that others could be processing. The RabbitMQ documentation names values in the 100 to 300 range as the usual optimum.",
  howToFix: 'Set a prefetch between 100 and 300 (lower for slow handlers).',
  sources: [RMQ_SOURCES.confirmsPrefetch],
  examples: {
    failing: exampleDesign({
      nodes: [
        { kind: 'rabbitmq-queue', id: 'orders' },
        { kind: 'consumer-group', id: 'billing', prefetch: 0 },
      ],
      connections: [{ from: 'orders', to: 'billing', kind: 'consume' }],
    }),
    passing: exampleDesign({
      nodes: [
        { kind: 'rabbitmq-queue', id: 'orders' },
        { kind: 'consumer-group', id: 'billing', prefetch: 100 },
      ],
      connections: [{ from: 'orders', to: 'billing', kind: 'consume' }],
    }),
  },
};
