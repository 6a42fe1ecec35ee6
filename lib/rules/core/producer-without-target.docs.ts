import type { RuleDocs } from '../rule-docs';
import { CORE_SOURCES } from './_sources';

/** The docs and examples of `core/producer-without-target`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'A producer with no publish connection describes messages that go nowhere: the review cannot check its delivery settings against a broker, and exporters write no configuration for it. Usually the connection to its topic, exchange, stream or queue was not drawn.',
  howToFix: 'Connect the producer to the channel it publishes to, or remove it.',
  sources: [CORE_SOURCES.asyncapiRuleset],
  examples: {
    failing: { queuewright: 2, nodes: [{ kind: 'producer', id: 'orders-api', name: 'orders-api' }] },
    passing: {
      queuewright: 2,
      nodes: [
        { kind: 'producer', id: 'orders-api', name: 'orders-api' },
        { kind: 'kafka-topic', id: 'orders', name: 'orders' },
      ],
      connections: [{ id: 'p', kind: 'publish', from: 'orders-api', to: 'orders' }],
    },
  },
};
