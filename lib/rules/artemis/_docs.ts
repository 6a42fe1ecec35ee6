import { docs as artemisAddressFullPolicyDrop } from './address-full-policy-drop.docs';
import { docs as artemisDeadLetterAddressHasQueue } from './dead-letter-address-has-queue.docs';
import { docs as artemisDeadLetterAddressSet } from './dead-letter-address-set.docs';
import { docs as artemisDurableQueueForAtLeastOnce } from './durable-queue-for-at-least-once.docs';
import { docs as artemisMaxConsumersCoversConsumers } from './max-consumers-covers-consumers.docs';
import { docs as artemisOrderingNeedsGroupsOrExclusive } from './ordering-needs-groups-or-exclusive.docs';
import { docs as artemisRedeliveryDelayForRetries } from './redelivery-delay-for-retries.docs';
import type { FamilyDocs } from '../rule-docs';

/** The artemis family's docs, one line per rule; the type requires every `artemis/` rule and allows no other. */
export const artemisDocs: FamilyDocs<'artemis'> = {
  'artemis/address-full-policy-drop': artemisAddressFullPolicyDrop,
  'artemis/dead-letter-address-has-queue': artemisDeadLetterAddressHasQueue,
  'artemis/dead-letter-address-set': artemisDeadLetterAddressSet,
  'artemis/durable-queue-for-at-least-once': artemisDurableQueueForAtLeastOnce,
  'artemis/max-consumers-covers-consumers': artemisMaxConsumersCoversConsumers,
  'artemis/ordering-needs-groups-or-exclusive': artemisOrderingNeedsGroupsOrExclusive,
  'artemis/redelivery-delay-for-retries': artemisRedeliveryDelayForRetries,
};
