import { patchNode } from '../../design';
import { defineRule } from '../rule';
import { kafkaConsumerGroups, usesConsumerProtocol } from './_consumers';

const DEFAULT_SESSION_TIMEOUT_MS = 45_000;
const DEFAULT_HEARTBEAT_INTERVAL_MS = 3_000;

export const heartbeatBelowSessionThird = defineRule({
  meta: {
    id: 'kafka/heartbeat-below-session-third',
    category: 'operability',
    severity: 'warning',
    reads: ['consumer-group'],
    summary: "A consumer's heartbeat.interval.ms should be at most a third of session.timeout.ms.",
    messages: {
      slowHeartbeat:
        'Consumer group "{group}" sends heartbeats every {heartbeat} ms with session.timeout.ms={session}{severe}: lost heartbeats make the coordinator evict healthy members and rebalance.',
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
