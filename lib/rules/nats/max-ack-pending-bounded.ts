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
    reads: ['consumer-group'],
    summary: 'A JetStream consumer should keep max_ack_pending bounded.',
    messages: {
      unbounded: 'Consumer "{group}" has max_ack_pending=-1: nothing limits how many unacknowledged messages it is sent.',
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
