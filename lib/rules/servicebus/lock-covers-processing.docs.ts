import type { RuleDocs } from '../rule-docs';
import { SERVICEBUS_DOCS } from './_sources';

const design = (lockDurationSeconds?: number) => ({
  queuewright: 2,
  nodes: [
    { kind: 'producer', id: 'orders-api' },
    { kind: 'servicebus-queue', id: 'invoices', ...(lockDurationSeconds === undefined ? {} : { lockDurationSeconds }) },
    { kind: 'consumer-group', id: 'invoice-renderer', processingMsP99: 90_000 },
  ],
  connections: [
    { from: 'orders-api', to: 'invoices' },
    { from: 'invoices', to: 'invoice-renderer' },
  ],
});

/** The docs and examples of `servicebus/lock-covers-processing`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "In peek-lock mode Service Bus hides a received message for the entity's lock duration (1 minute by default, 5 minutes at most). When the lock expires before the receiver completes the message, the message becomes available again, its delivery count rises, and the first receiver's completion fails because the lock is lost: the message is handled twice, and after MaxDeliveryCount expiries it is dead-lettered although nothing failed. A receiver whose p99 handling time is longer than the lock meets this on its slowest messages unless it renews the lock.",
  howToFix:
    "Set the lock duration above the handling time (the fix proposes twice the slowest receiver's p99, at most 5 minutes). For handlers slower than 5 minutes, renew the lock while handling: the processor's automatic lock renewal (MaxAutoLockRenewalDuration) or RenewMessageLock.",
  sources: [SERVICEBUS_DOCS.locks, SERVICEBUS_DOCS.armQueue],
  examples: { failing: design(), passing: design(180) },
};
