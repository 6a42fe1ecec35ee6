import { clusterOf,  type Cluster, patchNode } from '../../design';
import { defineRule } from '../rule';
import { brokerNumber, BROKER_SETTINGS } from '../../brokers/kafka/broker-settings';
import { kafkaConsumerGroups, usesConsumerProtocol } from './_consumers';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

const DEFAULT_SESSION_TIMEOUT_MS = 45_000;

interface Range {
  cluster: Cluster | undefined;
  min: { name: string; value: number };
  max: { name: string; value: number };
}

function rangeOf(cluster: Cluster | undefined): Range {
  return {
    cluster,
    min: brokerNumber(cluster, BROKER_SETTINGS.groupMinSessionTimeoutMs)!,
    max: brokerNumber(cluster, BROKER_SETTINGS.groupMaxSessionTimeoutMs)!,
  };
}

export const sessionTimeoutInBrokerRange = defineRule({
  meta: {
    id: 'kafka/session-timeout-in-broker-range',
    category: 'operability',
    severity: 'error',
    docs: {
      summary: 'A consumer\'s session.timeout.ms must lie within the broker\'s allowed range.',
      rationale:
        'The group coordinator rejects a join whose session timeout is outside [group.min.session.timeout.ms, group.max.session.timeout.ms] (Kafka defaults 6000 and 1800000 ms; Redpanda group_min_session_timeout_ms 6000 and group_max_session_timeout_ms 300000 ms), so the consumer never joins its group. The rule applies to the classic protocol; with group.protocol=consumer the broker sets the session timeout.',
      howToFix: 'Choose a session.timeout.ms inside the range of every cluster the group reads from, or change the broker limits.',
      sources: [KAFKA_SOURCES.consumerConfigs, KAFKA_SOURCES.brokerConfigs, KAFKA_SOURCES.redpandaClusterProperties],
    },
    messages: {
      outOfRange:
        'Consumer group "{group}" uses session.timeout.ms={session}, outside {range} on {cluster}: the coordinator rejects its join, so it never consumes.',
    },
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
  },
  check({ design, report }) {
    for (const { group, topics } of kafkaConsumerGroups(design)) {
      if (usesConsumerProtocol(group)) continue;
      const session = group.kafka['session.timeout.ms'] ?? DEFAULT_SESSION_TIMEOUT_MS;
      const ranges = [...new Map(topics.map((t) => [clusterOf(design, t)?.id, rangeOf(clusterOf(design, t))])).values()];
      const violated = ranges.find((r) => session < r.min.value || session > r.max.value);
      if (!violated) continue;
      // A value every cluster accepts, when the ranges overlap.
      const low = Math.max(...ranges.map((r) => r.min.value));
      const high = Math.min(...ranges.map((r) => r.max.value));
      const clamped = Math.min(Math.max(session, low), high);
      report({
        target: { type: 'node', id: group.id },
        messageId: 'outOfRange',
        data: {
          group: group.name,
          session,
          range: `[${violated.min.name}=${violated.min.value}, ${violated.max.name}=${violated.max.value}]`,
          cluster: violated.cluster ? `cluster "${violated.cluster.name}"` : 'the broker defaults',
        },
        fix:
          low <= high
            ? {
                label: `Set session.timeout.ms=${clamped}`,
                apply: (d) => {
                  const kafka: Record<string, number> = { 'session.timeout.ms': clamped };
                  // Keep the heartbeat at a third of the new session or less (kafka/heartbeat-below-session-third).
                  if (group.kafka['heartbeat.interval.ms'] * 3 > clamped) kafka['heartbeat.interval.ms'] = Math.floor(clamped / 3);
                  return patchNode(d, group.id, { kafka });
                },
              }
            : undefined,
      });
    }
  },
});
