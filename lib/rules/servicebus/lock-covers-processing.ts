import { updateNode } from '../../design';
import { SERVICEBUS_LIMITS } from '../../design/kinds/servicebus-limits';
import { consumersOf } from '../flow';
import { defineRule } from '../rule';
import { receivers } from './_entities';

const { min: MIN, max: MAX } = SERVICEBUS_LIMITS.lockDurationSeconds;

/** The lock duration the fix proposes: twice the slowest receiver's p99, in whole seconds, within the allowed range. */
function proposedLock(p99Ms: number): number {
  return Math.min(MAX, Math.max(MIN, Math.ceil((2 * p99Ms) / 1000)));
}

export const lockCoversProcessing = defineRule({
  meta: {
    id: 'servicebus/lock-covers-processing',
    category: 'delivery',
    severity: 'warning',
    reads: ['servicebus-queue', 'servicebus-subscription', 'consumer-group'],
    summary: "A Service Bus queue's or subscription's lock duration must cover its receivers' processing time, or locks expire mid-handling and messages are delivered again.",
    messages: {
      short:
        '"{name}" locks a message for {lock}s, but "{consumer}" takes {p99}s at p99: unless the client renews the lock, it expires while the message is still being handled, the message is delivered again (counting toward MaxDeliveryCount {maxDeliveryCount}) and the first completion fails with MessageLockLost.',
      tooSlow:
        '"{consumer}" takes {p99}s at p99, beyond the longest Service Bus lock ({max}s) of "{name}": its receivers must renew the lock (automatic lock renewal of the processor) or every slow message is delivered again.',
    },
  },
  check({ design, report }) {
    for (const receiver of receivers(design)) {
      const slowest = [...consumersOf(design, receiver.id)].sort((a, b) => b.processingMsP99 - a.processingMsP99)[0];
      if (!slowest || slowest.processingMsP99 <= receiver.lockDurationSeconds * 1000) continue;
      const data = { name: receiver.name, lock: receiver.lockDurationSeconds, consumer: slowest.name, p99: slowest.processingMsP99 / 1000, max: MAX, maxDeliveryCount: receiver.maxDeliveryCount };
      const target = { type: 'node', id: receiver.id } as const;
      if (slowest.processingMsP99 > MAX * 1000) {
        report({ target, messageId: 'tooSlow', data });
        continue;
      }
      const lock = proposedLock(slowest.processingMsP99);
      report({ target, messageId: 'short', data, fix: { label: `Set the lock duration to ${lock}s (twice the p99)`, apply: (d) => updateNode(d, receiver.id, { lockDurationSeconds: lock }) } });
    }
  },
});
