import type { Rule } from '../rule';
import { addressFullPolicyDrop } from './address-full-policy-drop';
import { deadLetterAddressHasQueue } from './dead-letter-address-has-queue';
import { deadLetterAddressSet } from './dead-letter-address-set';
import { durableQueueForAtLeastOnce } from './durable-queue-for-at-least-once';
import { maxConsumersCoversConsumers } from './max-consumers-covers-consumers';
import { orderingNeedsGroupsOrExclusive } from './ordering-needs-groups-or-exclusive';
import { redeliveryDelayForRetries } from './redelivery-delay-for-retries';

export const artemisRules = [
  // Failed messages: where they go, and how fast they come back.
  deadLetterAddressSet,
  deadLetterAddressHasQueue,
  redeliveryDelayForRetries,
  // Durability: full addresses, non-durable queues.
  addressFullPolicyDrop,
  durableQueueForAtLeastOnce,
  // Consumers: how many may attach, and in what order they work.
  maxConsumersCoversConsumers,
  orderingNeedsGroupsOrExclusive,
] as const satisfies readonly Rule[];
