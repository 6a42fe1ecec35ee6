import { z } from 'zod';
import { PUBSUB_LIMITS } from './pubsub-limits';
import { baseNodeFields } from '../fields';
import { rect } from './icon';
import { defineKind } from './kind';

const L = PUBSUB_LIMITS;
const between = (range: { min: number; max: number }) => z.number().int().min(range.min).max(range.max);
const email = z
  .string()
  .max(320)
  .regex(/^[^@\s]+@[^@\s]+$/, 'A service account email');

const pushConfigSchema = z.object({
  pushEndpoint: z
    .string()
    .max(2000)
    .regex(/^https?:\/\/\S+$/, 'An http(s) URL')
    .optional()
    .meta({ description: 'URL Pub/Sub POSTs each message to' }),
  oidcServiceAccountEmail: email.optional().meta({ description: 'Service account whose OIDC token authenticates each push (unset: no Authorization header)' }),
  audience: z.string().max(2000).optional().meta({ description: 'OIDC token audience (unset: the endpoint URL)' }),
  noWrapper: z.boolean().optional().meta({ description: 'Sends the message data as the HTTP body, unwrapped' }),
});

const bigqueryConfigSchema = z.object({
  table: z
    .string()
    .max(1024)
    .regex(/^[^.\s]+\.[^.\s]+\.[^.\s]+$/, 'project.dataset.table')
    .optional()
    .meta({ description: 'Table written to: project.dataset.table' }),
  useTopicSchema: z.boolean().optional(),
  useTableSchema: z.boolean().optional(),
  writeMetadata: z.boolean().optional(),
  dropUnknownFields: z.boolean().optional(),
  serviceAccountEmail: email.optional(),
});

const cloudStorageConfigSchema = z.object({
  bucket: z
    .string()
    .min(3)
    .max(222)
    .regex(/^[a-z0-9][a-z0-9._-]*$/, 'A bucket name, without gs://')
    .optional(),
  filenamePrefix: z.string().max(1024).optional(),
  filenameSuffix: z.string().max(1024).regex(/[^/]$/, 'Must not end in /').optional(),
  maxDurationSeconds: between(L.cloudStorageMaxDurationSeconds).optional().meta({ description: 'New file after this many seconds (60–600; default 300)' }),
  maxBytes: between(L.cloudStorageMaxBytes).optional().meta({ description: 'New file after this many bytes (1000–10 GiB)' }),
  maxMessages: z.number().int().min(L.cloudStorageMaxMessagesMin).optional().meta({ description: 'New file after this many messages (1000 or more)' }),
  outputFormat: z.enum(['text', 'avro']).optional().meta({ description: 'Default: text' }),
  writeMetadata: z.boolean().optional().meta({ description: 'Avro output: writes message metadata as fields' }),
  serviceAccountEmail: email.optional(),
});

/**
 * A Google Cloud Pub/Sub subscription, with the API's field names (durations
 * in seconds). Its topic is the incoming `subscription` connection; its
 * dead-letter topic the outgoing `dead-letter` connection, with
 * `maxDeliveryAttempts` here. Unset settings take Pub/Sub's defaults
 * (lib/brokers/pubsub/defaults.ts).
 */
export const pubsubSubscription = defineKind({
  kind: 'pubsub-subscription',
  label: 'Pub/Sub subscription',
  description: 'Google Cloud Pub/Sub: keeps a topic’s messages until acknowledged; delivered by pull, push or export.',
  look: { color: '#1967d2', shape: 'channel', group: 'Google Cloud', icon: [rect(1.5, 3.5, 13, 9, 1.5), 'M4.5 8h5M8 6l2 2-2 2M12 6v4'] },
  broker: 'pubsub',
  clusterBrokers: ['pubsub'],
  channel: 'stores',
  schema: z.object({
    kind: z.literal('pubsub-subscription'),
    ...baseNodeFields,
    deliveryType: z.enum(['pull', 'push', 'bigquery', 'cloudStorage']).default('pull').meta({ description: 'Pull, push to an endpoint, or export to BigQuery or Cloud Storage' }),
    pushConfig: pushConfigSchema.optional().meta({ description: 'Push delivery settings' }),
    bigqueryConfig: bigqueryConfigSchema.optional().meta({ description: 'BigQuery export settings' }),
    cloudStorageConfig: cloudStorageConfigSchema.optional().meta({ description: 'Cloud Storage export settings' }),
    ackDeadlineSeconds: between(L.ackDeadlineSeconds).optional().meta({ description: 'Seconds to ack before redelivery (10–600; Pub/Sub default: 10). For push, the request timeout' }),
    messageRetentionDuration: between(L.messageRetentionSeconds).optional().meta({ description: 'Seconds unacked messages are kept (600–2678400; Pub/Sub default: 604800, 7 days)' }),
    retainAckedMessages: z.boolean().optional().meta({ description: 'Keeps acked messages for seek (Pub/Sub default: false)' }),
    enableMessageOrdering: z.boolean().optional().meta({ description: 'Delivers messages with the same ordering key in order (Pub/Sub default: false)' }),
    enableExactlyOnceDelivery: z.boolean().optional().meta({ description: 'Exactly-once delivery, pull only (Pub/Sub default: false)' }),
    filter: z
      .string()
      .refine((f) => new TextEncoder().encode(f).length <= L.filterBytes, `At most ${L.filterBytes} bytes`)
      .optional()
      .meta({ description: 'Attribute filter, e.g. attributes.region = "eu" (at most 256 bytes; fixed at creation)' }),
    maxDeliveryAttempts: between(L.maxDeliveryAttempts).optional().meta({ description: 'Dead-letter policy: deliveries before the message goes to the dead-letter topic (5–100; default 5)' }),
    minimumBackoffSeconds: between(L.retryBackoffSeconds).optional().meta({ description: 'Retry policy: first redelivery delay (0–600; with a policy, default 10)' }),
    maximumBackoffSeconds: between(L.retryBackoffSeconds)
      .optional()
      .meta({ description: 'Retry policy: longest redelivery delay (0–600; with a policy, default 600). Unset both: immediate redelivery' }),
    expirationTtlSeconds: z
      .number()
      .int()
      .min(0)
      .refine((v) => v === 0 || v >= L.expirationTtlMinSeconds, 'At least 86400 (one day), or 0 for never')
      .optional()
      .meta({ description: 'Deleted after this many idle seconds; 0 = never (Pub/Sub default: 2678400, 31 days)' }),
    depthAlert: z.boolean().default(false).meta({ description: 'Alerts on the backlog (unacked messages or oldest unacked age)' }),
  }),
  outgoing: { consume: ['consumer-group'], 'dead-letter': ['pubsub-topic'] },
});
export type PubsubSubscriptionNode = z.infer<typeof pubsubSubscription.schema>;
