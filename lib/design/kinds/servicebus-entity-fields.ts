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
  defaultMessageTimeToLiveSeconds: seconds(1).optional(),
  requiresDuplicateDetection: z.boolean().optional(),
  duplicateDetectionHistoryTimeWindowSeconds: seconds(L.duplicateDetectionWindowSeconds.min, L.duplicateDetectionWindowSeconds.max).optional(),
  enablePartitioning: z.boolean().optional(),
  maxSizeInMegabytes: seconds(L.maxSizeInMegabytes.min, L.maxSizeInMegabytes.max).optional(),
};

/**
 * Receiving side (queues and subscriptions): peek-lock, delivery count, sessions, dead-lettering,
 * forwarding. forwardDeadLetteredMessagesTo is the node's `dead-letter` connection, not a field.
 */
export const servicebusReceiverFields = {
  lockDurationSeconds: seconds(L.lockDurationSeconds.min, L.lockDurationSeconds.max).optional(),
  maxDeliveryCount: seconds(L.maxDeliveryCountMin).optional(),
  requiresSession: z.boolean().optional(),
  deadLetteringOnMessageExpiration: z.boolean().optional(),
  autoDeleteOnIdleSeconds: seconds(L.autoDeleteOnIdleMinSeconds).optional(),
  forwardTo: z.string().min(1).max(L.entityNameLength).optional(),
};
