import { nodesOfKind, updateNode } from '../../design';
import { PUBSUB_LIMITS } from '../../design/kinds/pubsub-limits';
import { consumersOf } from '../flow';
import { defineRule } from '../rule';

const MAX = PUBSUB_LIMITS.ackDeadlineSeconds.max;

/** The deadline the fix proposes: twice the slowest consumer's p99, in whole seconds, within the allowed range. */
function proposedDeadline(p99Ms: number): number {
  return Math.min(MAX, Math.max(PUBSUB_LIMITS.ackDeadlineSeconds.min, Math.ceil((2 * p99Ms) / 1000)));
}

export const pushAckDeadline = defineRule({
  meta: {
    id: 'pubsub/push-ack-deadline',
    category: 'delivery',
    severity: 'warning',
    reads: ['pubsub-subscription', 'consumer-group'],
    summary: "A Pub/Sub push subscription's ack deadline is the push request's timeout: it must cover the endpoint's processing time.",
    messages: {
      short:
        'Push subscription "{subscription}" has a {deadline}s ack deadline, which is also the timeout of each push request, but "{consumer}" takes {p99}s at p99: slow requests time out and the message is pushed again while the first delivery is still being handled.',
      tooSlow:
        'Push subscription "{subscription}" cannot wait for "{consumer}": its p99 of {p99}s is beyond the longest ack deadline ({max}s), so slow messages are always pushed again. Pull with a client library, which extends the deadline while a message is processed.',
    },
  },
  check({ design, report }) {
    for (const subscription of nodesOfKind(design, 'pubsub-subscription')) {
      if (subscription.deliveryType !== 'push') continue;
      const slowest = [...consumersOf(design, subscription.id)].sort((a, b) => b.processingMsP99 - a.processingMsP99)[0];
      if (!slowest || slowest.processingMsP99 <= subscription.ackDeadlineSeconds * 1000) continue;
      const data = { subscription: subscription.name, deadline: subscription.ackDeadlineSeconds, consumer: slowest.name, p99: slowest.processingMsP99 / 1000, max: MAX };
      const target = { type: 'node', id: subscription.id } as const;
      if (slowest.processingMsP99 > MAX * 1000) {
        report({ target, messageId: 'tooSlow', data });
        continue;
      }
      const deadline = proposedDeadline(slowest.processingMsP99);
      report({
        target,
        messageId: 'short',
        data,
        fix: { label: `Set the ack deadline to ${deadline}s (twice the p99)`, apply: (d) => updateNode(d, subscription.id, { ackDeadlineSeconds: deadline }) },
      });
    }
  },
});
