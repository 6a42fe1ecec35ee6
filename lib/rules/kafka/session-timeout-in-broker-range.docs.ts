import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

/** The docs and examples of `kafka/session-timeout-in-broker-range`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'The group coordinator rejects a join whose session timeout is outside [group.min.session.timeout.ms, group.max.session.timeout.ms] (Kafka defaults 6000 and 1800000 ms; Redpanda group_min_session_timeout_ms 6000 and group_max_session_timeout_ms 300000 ms), so the consumer never joins its group. The rule applies to the classic protocol; with group.protocol=consumer the broker sets the session timeout.',
  howToFix: 'Choose a session.timeout.ms inside the range of every cluster the group reads from, or change the broker limits.',
  sources: [KAFKA_SOURCES.consumerConfigs, KAFKA_SOURCES.brokerConfigs, KAFKA_SOURCES.redpandaClusterProperties],
  examples: {
    failing: exampleDesign({
      nodes: [
        { kind: 'kafka-topic', id: 'orders' },
        { kind: 'consumer-group', id: 'billing', kafka: { 'session.timeout.ms': 3000, 'heartbeat.interval.ms': 1000 } },
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
