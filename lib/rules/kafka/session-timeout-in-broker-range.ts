import { clusterOf, type Cluster, patchNode } from '../../design';
import { defineRule } from '../rule';
import { brokerNumber, BROKER_SETTINGS } from '../../brokers/kafka/broker-settings';
import { kafkaConsumerGroups, usesConsumerProtocol } from './_consumers';

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
    reads: ['kafka-topic', 'consumer-group'],
    summary: "A consumer's session.timeout.ms must lie within the broker's allowed range.",
    messages: {
      outOfRange: 'Consumer group "{group}" uses session.timeout.ms={session}, outside {range} on {cluster}: the coordinator rejects its join, so it never consumes.',
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
