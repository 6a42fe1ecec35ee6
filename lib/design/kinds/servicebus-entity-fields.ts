import { z } from 'zod';
import { SERVICEBUS_LIMITS as L } from './servicebus-limits';

/**
 * The settings Azure Service Bus queues, topics and subscriptions share, under their ARM
 * property names (durations in seconds: ARM's ISO 8601 `PT1M` is 60 here). Unset settings take
 * Service Bus's defaults (lib/brokers/servicebus/defaults.ts). One home, so a queue and a
 * subscription cannot disagree on what a lock duration is.
 */
const seconds = (min: number, max?: number) => (max === undefined ? z.number().int().min(min) : z.number().int().min(min).max(max));

/** Sending side (queues and topics): time to live, duplicate detection, partitioning, size. */
export const servicebusSenderEntityFields = {
  defaultMessageTimeToLiveSeconds: seconds(1).optional().meta({ description: 'Seconds a message lives unless it sets its own TTL (unset: never expires; Basic tier: 14 days)' }),
  requiresDuplicateDetection: z.boolean().optional().meta({ description: 'Drops a message whose MessageId was seen within the window (fixed at creation; Standard and Premium; default false)' }),
  duplicateDetectionHistoryTimeWindowSeconds: seconds(L.duplicateDetectionWindowSeconds.min, L.duplicateDetectionWindowSeconds.max)
    .optional()
    .meta({ description: 'Duplicate detection window (20–604800 seconds; default 600, 10 minutes)' }),
  enablePartitioning: z.boolean().optional().meta({ description: 'Spreads the entity over several message brokers (fixed at creation; default false)' }),
  maxSizeInMegabytes: seconds(L.maxSizeInMegabytes.min, L.maxSizeInMegabytes.max).optional().meta({ description: 'Size limit in MB (1024–81920; default 1024)' }),
};

/**
 * Receiving side (queues and subscriptions): peek-lock, delivery count, sessions, dead-lettering,
 * forwarding. forwardDeadLetteredMessagesTo is the node's `dead-letter` connection, not a field.
 */
export const servicebusReceiverFields = {
  lockDurationSeconds: seconds(L.lockDurationSeconds.min, L.lockDurationSeconds.max)
    .optional()
    .meta({ description: 'Peek-lock duration before the message is delivered again (5–300 seconds; default 60)' }),
  maxDeliveryCount: seconds(L.maxDeliveryCountMin).optional().meta({ description: 'Deliveries before the message is dead-lettered (default 10)' }),
  requiresSession: z.boolean().optional().meta({ description: 'Session-aware: messages with one SessionId are delivered in order to one receiver (fixed at creation; not on Basic)' }),
  deadLetteringOnMessageExpiration: z.boolean().optional().meta({ description: 'Moves expired messages to the dead-letter queue instead of dropping them (default false)' }),
  autoDeleteOnIdleSeconds: seconds(L.autoDeleteOnIdleMinSeconds).optional().meta({ description: 'Deleted after this many idle seconds (at least 300; unset: never)' }),
  forwardTo: z.string().min(1).max(L.entityNameLength).optional().meta({ description: 'Auto-forwarding: name of the queue or topic every message is moved to' }),
};
