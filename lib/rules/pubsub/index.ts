import type { Rule } from '../rule';
import { deadLetterSubscriptionExpires } from './dead-letter-subscription-expires';
import { deadLetterSubscriptionFiltered } from './dead-letter-subscription-filtered';
import { deadLetterTopicSubscribed } from './dead-letter-topic-subscribed';
import { exactlyOncePullOnly } from './exactly-once-pull-only';
import { orderingEnabled } from './ordering-enabled';
import { orderingKeyPublished } from './ordering-key-published';
import { orderingRegionalEndpoint } from './ordering-regional-endpoint';
import { pushAckDeadline } from './push-ack-deadline';
import { pushEndpointAuthenticated } from './push-endpoint-authenticated';

export const pubsubRules = [
  // Dead letters.
  deadLetterTopicSubscribed,
  deadLetterSubscriptionExpires,
  deadLetterSubscriptionFiltered,
  // Ordering.
  orderingEnabled,
  orderingKeyPublished,
  orderingRegionalEndpoint,
  // Delivery.
  exactlyOncePullOnly,
  pushAckDeadline,
  pushEndpointAuthenticated,
] as const satisfies readonly Rule[];
