import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

/** The docs and examples of `rabbitmq/qq-prefetch-cap`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "Quorum queues cap a consumer's prefetch at 2000 outstanding deliveries, whatever the consumer asks for, and values above about 300 bring little more throughput while holding more messages hostage in one consumer. (Unlimited prefetch, 0, is reported by rabbitmq/bounded-prefetch.)",
  howToFix: 'Set the prefetch to 300 or less.',
  sources: [RMQ_SOURCES.confirmsPrefetch, RMQ_SOURCES.quorumQueues],
  examples: {
    failing: exampleDesign({
      nodes: [
        { kind: 'rabbitmq-queue', id: 'orders', type: 'quorum' },
        { kind: 'consumer-group', id: 'billing', prefetch: 5000 },
      ],
      connections: [{ from: 'orders', to: 'billing', kind: 'consume' }],
    }),
    passing: exampleDesign({
      nodes: [
        { kind: 'rabbitmq-queue', id: 'orders', type: 'quorum' },
        { kind: 'consumer-group', id: 'billing', prefetch: 300 },
      ],
      connections: [{ from: 'orders', to: 'billing', kind: 'consume' }],
    }),
  },
};
