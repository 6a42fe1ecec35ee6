import { patchNode } from '../../design';
import { defineRule } from '../rule';
import { natsConsumerGroups, redelivers, unboundedDeliveries } from './_consumers';

/** A delivery budget that rides out transient failures without looping on poison messages. */
const SUGGESTED_MAX_DELIVER = 5;

export const maxDeliverBounded = defineRule({
  meta: {
    id: 'nats/max-deliver-bounded',
    category: 'error-handling',
    severity: 'warning',
    reads: ['consumer-group'],
    summary: 'A JetStream consumer should bound redeliveries with max_deliver.',
    messages: {
      unbounded: 'Consumer "{group}" has max_deliver={maxDeliver}: a message that always fails is redelivered forever.',
    },
  },
  check({ design, report }) {
    for (const { group } of natsConsumerGroups(design)) {
      if (!redelivers(group) || !unboundedDeliveries(group)) continue;
      // The backoff list must fit in max_deliver, and every entry should get used.
      const maxDeliver = Math.max(SUGGESTED_MAX_DELIVER, group.nats.backoff.length + 1);
      report({
        target: { type: 'node', id: group.id },
        messageId: 'unbounded',
        data: { group: group.name, maxDeliver: group.nats.max_deliver },
        fix: {
          label: `Set max_deliver=${maxDeliver}`,
          apply: (d) => patchNode(d, group.id, { nats: { max_deliver: maxDeliver } }),
        },
      });
    }
  },
});
