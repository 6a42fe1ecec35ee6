import type { DescribedFields } from '../field-descriptions';
import { servicebusReceiverFields, servicebusSenderEntityFields } from './servicebus-entity-fields';

/**
 * What the fields of servicebus-entity-fields.ts mean, by path (`a/b` is field b of object field a): the node
 * inspector and the JSON Schema show them; the studio page does not download them.
 */
export const servicebusEntityFieldDescriptions: DescribedFields = [
  [
    servicebusSenderEntityFields,
    {
      defaultMessageTimeToLiveSeconds: 'Seconds a message lives unless it sets its own TTL (unset: never expires; Basic tier: 14 days)',
      requiresDuplicateDetection: 'Drops a message whose MessageId was seen within the window (fixed at creation; Standard and Premium; default false)',
      duplicateDetectionHistoryTimeWindowSeconds: 'Duplicate detection window (20–604800 seconds; default 600, 10 minutes)',
      enablePartitioning: 'Spreads the entity over several message brokers (fixed at creation; default false)',
      maxSizeInMegabytes: 'Size limit in MB (1024–81920; default 1024)',
    },
  ],
  [
    servicebusReceiverFields,
    {
      lockDurationSeconds: 'Peek-lock duration before the message is delivered again (5–300 seconds; default 60)',
      maxDeliveryCount: 'Deliveries before the message is dead-lettered (default 10)',
      requiresSession: 'Session-aware: messages with one SessionId are delivered in order to one receiver (fixed at creation; not on Basic)',
      deadLetteringOnMessageExpiration: 'Moves expired messages to the dead-letter queue instead of dropping them (default false)',
      autoDeleteOnIdleSeconds: 'Deleted after this many idle seconds (at least 300; unset: never)',
      forwardTo: 'Auto-forwarding: name of the queue or topic every message is moved to',
    },
  ],
];
