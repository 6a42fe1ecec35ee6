/**
 * The documented ranges of Azure Service Bus entity settings (ARM properties of
 * namespaces/queues, topics and topics/subscriptions, SERVICEBUS_DOCS.armQueue and
 * .quotas), in seconds unless named otherwise. ARM writes durations as ISO 8601
 * (`PT1M`); the design keeps seconds and the exporters convert. The kinds' zod
 * schemas, the rules and the exporters read them from here.
 */
export const SERVICEBUS_LIMITS = {
  /** lockDuration: at most 5 minutes (the portal's minimum is 5 seconds); default 1 minute. */
  lockDurationSeconds: { min: 5, max: 300 },
  /** maxDeliveryCount: at least 1; default 10. */
  maxDeliveryCountMin: 1,
  /** duplicateDetectionHistoryTimeWindow: 20 seconds to 7 days; default 10 minutes. */
  duplicateDetectionWindowSeconds: { min: 20, max: 604_800 },
  /** autoDeleteOnIdle: at least 5 minutes. */
  autoDeleteOnIdleMinSeconds: 300,
  /** Queue or topic size (maxSizeInMegabytes): 1 GB to 80 GB (Premium; Standard up to 5 GB). */
  maxSizeInMegabytes: { min: 1024, max: 81_920 },
  /** Queue and topic names: 1 to 260 characters; subscription and rule names 1 to 50. */
  entityNameLength: 260,
  subscriptionNameLength: 50,
  /** A SQL filter expression is at most 1024 characters. */
  sqlFilterLength: 1024,
} as const;

/** The namespace tiers (sku) in rising order of features. */
export const SERVICEBUS_TIERS = ['Basic', 'Standard', 'Premium'] as const;
export type ServicebusTier = (typeof SERVICEBUS_TIERS)[number];
