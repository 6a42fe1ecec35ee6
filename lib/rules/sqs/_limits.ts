/**
 * SQS and SNS numbers the rules compare against (catalog §8.4, checked against
 * the current AWS quota pages where the archived guide is out of date).
 */

/** Documented range of each queue attribute, by its camelCase CloudFormation name. */
export const SQS_ATTRIBUTE_RANGES = {
  visibilityTimeout: { min: 0, max: 43_200, unit: 's' },
  messageRetentionPeriod: { min: 60, max: 1_209_600, unit: 's' },
  delaySeconds: { min: 0, max: 900, unit: 's' },
  receiveMessageWaitTimeSeconds: { min: 0, max: 20, unit: 's' },
  // Raised from 256 KiB to 1 MiB in 2025 (SendMessage: "The maximum size is 1 MiB or 1,048,576 bytes").
  maximumMessageSize: { min: 1024, max: 1_048_576, unit: ' bytes' },
} as const;
export type RangedAttribute = keyof typeof SQS_ATTRIBUTE_RANGES;

/** The longest retention SQS allows (14 days): what a dead-letter queue should keep. */
export const MAX_RETENTION_SECONDS = SQS_ATTRIBUTE_RANGES.messageRetentionPeriod.max;
export const MAX_VISIBILITY_SECONDS = SQS_ATTRIBUTE_RANGES.visibilityTimeout.max;
export const MAX_MESSAGE_BYTES = SQS_ATTRIBUTE_RANGES.maximumMessageSize.max;

/** The longest long-polling wait, which AWS suggests in most cases. */
export const LONG_POLL_SECONDS = 20;

/** FIFO queues and topics remember a deduplication id for this long. */
export const DEDUP_INTERVAL_MS = 5 * 60_000;

/**
 * A FIFO queue without high-throughput mode takes 300 calls per second per
 * action; batched 10 at a time that is 3,000 messages per second. A design
 * does not say whether producers batch, so only the batched ceiling is a
 * certain breach.
 */
export const FIFO_MESSAGES_PER_SECOND = 3000;

/**
 * Messages received but not yet deleted. The archived guide said 20,000 for
 * FIFO; the current quota pages give 120,000 for both queue types.
 */
export const IN_FLIGHT_LIMIT = { standard: 120_000, fifo: 120_000 } as const;

/** What a FIFO queue scans to find available message groups: a longer single-group backlog blocks the groups behind it. */
export const FIFO_GROUP_SCAN = 120_000;
