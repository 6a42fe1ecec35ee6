import type { Rule } from '../rule';
import { ackTimeoutBelowProcessing } from './ack-timeout-below-processing';
import { backlogQuota } from './backlog-quota';
import { deadLetterPolicy } from './dead-letter-policy';
import { deduplicationForExactlyOnce } from './deduplication-for-exactly-once';
import { exclusiveSubscriptionOneConsumer } from './exclusive-subscription-one-consumer';
import { nonPersistentAtLeastOnce } from './non-persistent-at-least-once';
import { subscriptionTypeKeepsOrder } from './subscription-type-keeps-order';

export const pulsarRules = [
  // Ordering.
  subscriptionTypeKeepsOrder,
  // Durability and delivery.
  nonPersistentAtLeastOnce,
  deduplicationForExactlyOnce,
  ackTimeoutBelowProcessing,
  exclusiveSubscriptionOneConsumer,
  // Failures and backlog.
  deadLetterPolicy,
  backlogQuota,
] as const satisfies readonly Rule[];
