import { patchNode } from '../../design';
import { defineRule } from '../rule';
import { kafkaConsumerGroups, usesConsumerProtocol } from './_consumers';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

const DEFAULT_SESSION_TIMEOUT_MS = 45_000;
const DEFAULT_HEARTBEAT_INTERVAL_MS = 3_000;

export const heartbeatBelowSessionThird = defineRule({
  meta: {
    id: 'kafka/heartbeat-below-session-third',
    category: 'operability',
    severity: 'warning',
    docs: {
      summary: 'A consumer\'s heartbeat.interval.ms should be at most a third of session.timeout.ms.',
      rationale:
        'The heartbeat "must be set lower than session.timeout.ms, but typically should be set no higher than 1/3 of that value", so that a couple of lost heartbeats do not make the coordinator declare a healthy member dead and rebalance the group. At or above the session timeout the member is evicted between heartbeats. The rule applies to the classic protocol; with group.protocol=consumer the broker sets both.',
      howToFix: 'Set heartbeat.interval.ms to a third of session.timeout.ms or less (defaults 3000 and 45000).',
      sources: [KAFKA_SOURCES.consumerConfigs],
    },
    messages: {
      slowHeartbeat:
        'Consumer group "{group}" sends heartbeats every {heartbeat} ms with session.timeout.ms={session}{severe}: lost heartbeats make the coordinator evict healthy members and rebalance.',
    },
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
  },
  check({ design, report }) {
    for (const { group } of kafkaConsumerGroups(design)) {
      if (usesConsumerProtocol(group)) continue;
      const session = group.kafka['session.timeout.ms'] ?? DEFAULT_SESSION_TIMEOUT_MS;
      const heartbeat = group.kafka['heartbeat.interval.ms'] ?? DEFAULT_HEARTBEAT_INTERVAL_MS;
      if (heartbeat * 3 <= session) continue;
      const target = Math.max(1, Math.floor(session / 3));
      report({
        target: { type: 'node', id: group.id },
        messageId: 'slowHeartbeat',
        data: { group: group.name, heartbeat, session, severe: heartbeat >= session ? ' (not even below it)' : ' (more than a third)' },
        fix: {
          label: `Set heartbeat.interval.ms=${target}`,
          apply: (d) => patchNode(d, group.id, { kafka: { 'heartbeat.interval.ms': target } }),
        },
      });
    }
  },
});
