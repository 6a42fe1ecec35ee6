import { docs as pubsubDeadLetterSubscriptionExpires } from './dead-letter-subscription-expires.docs';
import { docs as pubsubDeadLetterSubscriptionFiltered } from './dead-letter-subscription-filtered.docs';
import { docs as pubsubDeadLetterTopicSubscribed } from './dead-letter-topic-subscribed.docs';
import { docs as pubsubExactlyOncePullOnly } from './exactly-once-pull-only.docs';
import { docs as pubsubOrderingEnabled } from './ordering-enabled.docs';
import { docs as pubsubOrderingKeyPublished } from './ordering-key-published.docs';
import { docs as pubsubOrderingRegionalEndpoint } from './ordering-regional-endpoint.docs';
import { docs as pubsubPushAckDeadline } from './push-ack-deadline.docs';
import { docs as pubsubPushEndpointAuthenticated } from './push-endpoint-authenticated.docs';
import type { FamilyDocs } from '../rule-docs';

/** The pubsub family's docs, one line per rule; the type requires every `pubsub/` rule and allows no other. */
export const pubsubDocs: FamilyDocs<'pubsub'> = {
  'pubsub/dead-letter-topic-subscribed': pubsubDeadLetterTopicSubscribed,
  'pubsub/dead-letter-subscription-expires': pubsubDeadLetterSubscriptionExpires,
  'pubsub/dead-letter-subscription-filtered': pubsubDeadLetterSubscriptionFiltered,
  'pubsub/ordering-enabled': pubsubOrderingEnabled,
  'pubsub/ordering-key-published': pubsubOrderingKeyPublished,
  'pubsub/ordering-regional-endpoint': pubsubOrderingRegionalEndpoint,
  'pubsub/exactly-once-pull-only': pubsubExactlyOncePullOnly,
  'pubsub/push-ack-deadline': pubsubPushAckDeadline,
  'pubsub/push-endpoint-authenticated': pubsubPushEndpointAuthenticated,
};
