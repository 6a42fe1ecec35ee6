import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

/** The docs and examples of `rabbitmq/no-polling-consumers`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'basic.get fetches one message per request: every message costs a round trip, an empty queue costs requests that return nothing, and the prefetch limit does not apply. The production checklist calls polling consumers highly inefficient; a subscription lets the broker push messages within a prefetch window.',
  howToFix: 'Register a consumer with basic.consume and a bounded prefetch.',
  sources: [RMQ_SOURCES.productionChecklist, RMQ_SOURCES.confirmsPrefetch],
  examples: {
    failing: exampleDesign({
      nodes: [
        { kind: 'rabbitmq-queue', id: 'orders' },
        { kind: 'consumer-group', id: 'billing', rabbitmq: { basicGet: true } },
      ],
      connections: [{ from: 'orders', to: 'billing', kind: 'consume' }],
    }),
    passing: exampleDesign({
      nodes: [
        { kind: 'rabbitmq-queue', id: 'orders' },
        { kind: 'consumer-group', id: 'billing', rabbitmq: { basicGet: false } },
      ],
      connections: [{ from: 'orders', to: 'billing', kind: 'consume' }],
    }),
  },
};
