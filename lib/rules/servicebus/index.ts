import type { Rule } from '../rule';
import { deadLetterExpired } from './dead-letter-expired';
import { filterErrorsDeadLettered } from './filter-errors-dead-lettered';
import { lockCoversProcessing } from './lock-covers-processing';
import { sessionsForOrdering } from './sessions-for-ordering';
import { tierSupportsFeatures } from './tier-supports-features';

export const servicebusRules = [
  // Namespace.
  tierSupportsFeatures,
  // Ordering.
  sessionsForOrdering,
  // Delivery.
  lockCoversProcessing,
  // Dead letters.
  deadLetterExpired,
  filterErrorsDeadLettered,
] as const satisfies readonly Rule[];
