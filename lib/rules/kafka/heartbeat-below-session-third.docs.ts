import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

/** The docs and examples of `kafka/heartbeat-below-session-third`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'The heartbeat "must be set lower than session.timeout.ms, but typically should be set no higher than 1/3 of that value", so that a couple of lost heartbeats do not make the coordinator declare a healthy member dead and rebalance the group. At or above the session timeout the member is evicted between heartbeats. The rule applies to the classic protocol; with group.protocol=consumer the broker sets both.',
  howToFix: 'Set heartbeat.interval.ms to a third of session.timeout.ms or less (defaults 3000 and 45000).',
  sources: [KAFKA_SOURCES.consumerConfigs],
  examples: {
    failing: exampleDesign({
      nodes: [
        { kind: 'kafka-topic', id: 'orders' },
        { kind: 'consumer-group', id: 'billing', kafka: { 'session.timeout.ms': 10000, 'heartbeat.interval.ms': 5000 } },
      ],
      connections: [['orders', 'billing', 'consume']],
    }),
    passing: exampleDesign({
      nodes: [
        { kind: 'kafka-topic', id: 'orders' },
        { kind: 'consumer-group', id: 'billing', kafka: { 'session.timeout.ms': 10000, 'heartbeat.interval.ms': 3000 } },
      ],
      connections: [['orders', 'billing', 'consume']],
    }),
  },
};
