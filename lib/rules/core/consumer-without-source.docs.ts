import type { RuleDocs } from '../rule-docs';
import { CORE_SOURCES } from './_sources';

/** The docs and examples of `core/consumer-without-source`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'A consumer group that reads nothing cannot be checked against the delivery, ordering and timeout settings of a broker, and exporters write no consumer configuration for it. Usually the consume connection from its topic, queue or stream was not drawn; a service that only publishes is a producer.',
  howToFix: 'Connect the channel it reads to the consumer group, or model a publish-only service as a producer.',
  sources: [CORE_SOURCES.asyncapiRuleset],
  examples: {
    failing: { queuewright: 2, nodes: [{ kind: 'consumer-group', id: 'billing', name: 'billing' }] },
    passing: {
      queuewright: 2,
      nodes: [
        { kind: 'kafka-topic', id: 'orders', name: 'orders' },
        { kind: 'consumer-group', id: 'billing', name: 'billing' },
      ],
      connections: [{ id: 'c', kind: 'consume', from: 'orders', to: 'billing' }],
    },
  },
};
