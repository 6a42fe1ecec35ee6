/**
 * The documented ranges of Pub/Sub settings (the Subscription and Topic
 * resources of the v1 API, PUBSUB_DOCS.subscriptionResource and
 * topicResource), in seconds unless named otherwise. The kinds' zod schemas,
 * the rules and the exporters read them from here.
 */
export const PUBSUB_LIMITS = {
  /** ackDeadlineSeconds: 10 s to 600 s (0 means the 10 s default). */
  ackDeadlineSeconds: { min: 10, max: 600 },
  /** messageRetentionDuration of a subscription or a topic: 10 minutes to 31 days. */
  messageRetentionSeconds: { min: 600, max: 2_678_400 },
  /** deadLetterPolicy.maxDeliveryAttempts: 5 to 100. */
  maxDeliveryAttempts: { min: 5, max: 100 },
  /** retryPolicy.minimumBackoff and maximumBackoff: 0 s to 600 s. */
  retryBackoffSeconds: { min: 0, max: 600 },
  /** expirationPolicy.ttl: at least one day; unset ttl in a set policy means never. */
  expirationTtlMinSeconds: 86_400,
  /** A subscription filter is at most 256 bytes. */
  filterBytes: 256,
  /** cloudStorageConfig.maxDuration: 1 to 10 minutes. */
  cloudStorageMaxDurationSeconds: { min: 60, max: 600 },
  /** cloudStorageConfig.maxBytes: 1 KB to 10 GiB. */
  cloudStorageMaxBytes: { min: 1000, max: 10 * 1024 ** 3 },
  /** cloudStorageConfig.maxMessages: at least 1000. */
  cloudStorageMaxMessagesMin: 1000,
} as const;

/**
 * Topic, subscription and schema ids: 3 to 255 characters, starting with a
 * letter, of letters, digits and `- _ . ~ + %`, not starting with `goog`
 * (PUBSUB_DOCS.resourceNames).
 */
export const PUBSUB_RESOURCE_ID = /^(?!goog)[A-Za-z][A-Za-z0-9\-_.~+%]{2,254}$/;

/** Why `id` is not a Pub/Sub resource id, or `undefined` when it is one. */
export function pubsubIdProblem(id: string): string | undefined {
  if (id.length < 3 || id.length > 255) return `is ${id.length} characters long; Pub/Sub ids have 3 to 255`;
  if (!/^[A-Za-z]/.test(id)) return 'must start with a letter';
  if (/^goog/i.test(id)) return 'must not start with "goog"';
  const bad = id.match(/[^A-Za-z0-9\-_.~+%]/);
  if (bad) return `contains "${bad[0]}"; Pub/Sub ids hold letters, digits and - _ . ~ + %`;
  return undefined;
}
