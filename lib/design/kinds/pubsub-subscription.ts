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

export const pushConfigSchema = z.object({
  pushEndpoint: z
    .string()
    .max(2000)
    .regex(/^https?:\/\/\S+$/, 'An http(s) URL')
    .optional(),
  oidcServiceAccountEmail: email.optional(),
  audience: z.string().max(2000).optional(),
  noWrapper: z.boolean().optional(),
});

export const bigqueryConfigSchema = z.object({
  table: z
    .string()
    .max(1024)
    .regex(/^[^.\s]+\.[^.\s]+\.[^.\s]+$/, 'project.dataset.table')
    .optional(),
  useTopicSchema: z.boolean().optional(),
  useTableSchema: z.boolean().optional(),
  writeMetadata: z.boolean().optional(),
  dropUnknownFields: z.boolean().optional(),
  serviceAccountEmail: email.optional(),
});

export const cloudStorageConfigSchema = z.object({
  bucket: z
    .string()
    .min(3)
    .max(222)
    .regex(/^[a-z0-9][a-z0-9._-]*$/, 'A bucket name, without gs://')
    .optional(),
  filenamePrefix: z.string().max(1024).optional(),
  filenameSuffix: z.string().max(1024).regex(/[^/]$/, 'Must not end in /').optional(),
  maxDurationSeconds: between(L.cloudStorageMaxDurationSeconds).optional(),
  maxBytes: between(L.cloudStorageMaxBytes).optional(),
  maxMessages: z.number().int().min(L.cloudStorageMaxMessagesMin).optional(),
  outputFormat: z.enum(['text', 'avro']).optional(),
  writeMetadata: z.boolean().optional(),
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
    deliveryType: z.enum(['pull', 'push', 'bigquery', 'cloudStorage']).default('pull'),
    pushConfig: pushConfigSchema.optional(),
    bigqueryConfig: bigqueryConfigSchema.optional(),
    cloudStorageConfig: cloudStorageConfigSchema.optional(),
    ackDeadlineSeconds: between(L.ackDeadlineSeconds).optional(),
    messageRetentionDuration: between(L.messageRetentionSeconds).optional(),
    retainAckedMessages: z.boolean().optional(),
    enableMessageOrdering: z.boolean().optional(),
    enableExactlyOnceDelivery: z.boolean().optional(),
    filter: z
      .string()
      .refine((f) => new TextEncoder().encode(f).length <= L.filterBytes, `At most ${L.filterBytes} bytes`)
      .optional(),
    maxDeliveryAttempts: between(L.maxDeliveryAttempts).optional(),
    minimumBackoffSeconds: between(L.retryBackoffSeconds).optional(),
    maximumBackoffSeconds: between(L.retryBackoffSeconds).optional(),
    expirationTtlSeconds: z
      .number()
      .int()
      .min(0)
      .refine((v) => v === 0 || v >= L.expirationTtlMinSeconds, 'At least 86400 (one day), or 0 for never')
      .optional(),
    depthAlert: z.boolean().default(false),
  }),
  outgoing: { consume: ['consumer-group'], 'dead-letter': ['pubsub-topic'] },
});
export type PubsubSubscriptionNode = z.infer<typeof pubsubSubscription.schema>;
