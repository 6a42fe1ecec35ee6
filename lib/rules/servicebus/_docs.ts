import { docs as servicebusDeadLetterExpired } from './dead-letter-expired.docs';
import { docs as servicebusFilterErrorsDeadLettered } from './filter-errors-dead-lettered.docs';
import { docs as servicebusLockCoversProcessing } from './lock-covers-processing.docs';
import { docs as servicebusSessionsForOrdering } from './sessions-for-ordering.docs';
import { docs as servicebusTierSupportsFeatures } from './tier-supports-features.docs';
import type { FamilyDocs } from '../rule-docs';

/** The servicebus family's docs, one line per rule; the type requires every `servicebus/` rule and allows no other. */
export const servicebusDocs: FamilyDocs<'servicebus'> = {
  'servicebus/dead-letter-expired': servicebusDeadLetterExpired,
  'servicebus/filter-errors-dead-lettered': servicebusFilterErrorsDeadLettered,
  'servicebus/lock-covers-processing': servicebusLockCoversProcessing,
  'servicebus/sessions-for-ordering': servicebusSessionsForOrdering,
  'servicebus/tier-supports-features': servicebusTierSupportsFeatures,
};
