import { patchNode } from '../../design';
import { defineRule } from '../rule';
import { natsConsumerGroups } from './_consumers';

/** The server default. */
const DEFAULT_MAX_ACK_PENDING = 1000;

export const maxAckPendingBounded = defineRule({
  meta: {
    id: 'nats/max-ack-pending-bounded',
    category: 'scalability',
    severity: 'warning',
    docs: {
      summary: 'A JetStream consumer should keep max_ack_pending bounded.',
      rationale:
        'max_ack_pending caps the messages delivered but not yet acknowledged. -1 removes the cap: a slow or stuck consumer receives ever more messages it cannot process, which all time out and are redelivered together. For push consumers it is the only flow control.',
      howToFix: 'Keep the default of 1000, or size it to instances × concurrency × a few messages.',
      sources: [{ label: 'NATS docs: consumers, MaxAckPending', url: 'https://docs.nats.io/nats-concepts/jetstream/consumers#maxackpending' }],
    },
    messages: {
      unbounded: 'Consumer "{group}" has max_ack_pending=-1: nothing limits how many unacknowledged messages it is sent.',
    },
    examples: {
      failing: {
        queuewright: 2,
        nodes: [
          { kind: 'nats-stream', id: 'orders', name: 'ORDERS' },
          { kind: 'consumer-group', id: 'billing', name: 'billing', nats: { max_ack_pending: -1 } },
        ],
        connections: [{ id: 'c', kind: 'consume', from: 'orders', to: 'billing' }],
      },
      passing: {
        queuewright: 2,
        nodes: [
          { kind: 'nats-stream', id: 'orders', name: 'ORDERS' },
          { kind: 'consumer-group', id: 'billing', name: 'billing', nats: { max_ack_pending: 1000 } },
        ],
        connections: [{ id: 'c', kind: 'consume', from: 'orders', to: 'billing' }],
      },
    },
  },
  check({ design, report }) {
    for (const { group } of natsConsumerGroups(design)) {
      if (group.nats.max_ack_pending !== -1 || group.nats.ack_policy === 'none') continue;
      report({
        target: { type: 'node', id: group.id },
        messageId: 'unbounded',
        data: { group: group.name },
        fix: {
          label: `Set max_ack_pending=${DEFAULT_MAX_ACK_PENDING}`,
          apply: (d) => patchNode(d, group.id, { nats: { max_ack_pending: DEFAULT_MAX_ACK_PENDING } }),
        },
      });
    }
  },
});
