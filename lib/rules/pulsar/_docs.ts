import { docs as pulsarAckTimeoutBelowProcessing } from './ack-timeout-below-processing.docs';
import { docs as pulsarBacklogQuota } from './backlog-quota.docs';
import { docs as pulsarDeadLetterPolicy } from './dead-letter-policy.docs';
import { docs as pulsarDeduplicationForExactlyOnce } from './deduplication-for-exactly-once.docs';
import { docs as pulsarExclusiveSubscriptionOneConsumer } from './exclusive-subscription-one-consumer.docs';
import { docs as pulsarNonPersistentAtLeastOnce } from './non-persistent-at-least-once.docs';
import { docs as pulsarSubscriptionTypeKeepsOrder } from './subscription-type-keeps-order.docs';
import type { FamilyDocs } from '../rule-docs';

/** The pulsar family's docs, one line per rule; the type requires every `pulsar/` rule and allows no other. */
export const pulsarDocs: FamilyDocs<'pulsar'> = {
  'pulsar/subscription-type-keeps-order': pulsarSubscriptionTypeKeepsOrder,
  'pulsar/non-persistent-at-least-once': pulsarNonPersistentAtLeastOnce,
  'pulsar/deduplication-for-exactly-once': pulsarDeduplicationForExactlyOnce,
  'pulsar/ack-timeout-below-processing': pulsarAckTimeoutBelowProcessing,
  'pulsar/exclusive-subscription-one-consumer': pulsarExclusiveSubscriptionOneConsumer,
  'pulsar/dead-letter-policy': pulsarDeadLetterPolicy,
  'pulsar/backlog-quota': pulsarBacklogQuota,
};
