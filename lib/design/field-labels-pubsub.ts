import type { KindFieldLabels, Labels } from './field-label-types';

type PubsubKind = 'pubsub-topic' | 'pubsub-subscription';
type PubsubLabels = KindFieldLabels<PubsubKind>;

/**
 * The inspector's words for the Google Pub/Sub kinds' fields (field-labels.ts joins every family's
 * table and passes its shared labels in).
 */
export function pubsubFieldLabels(shared: Labels): PubsubLabels {
  return {
    'pubsub-topic': {
      messageRetentionDuration: 'Topic retention (s)',
      allowedPersistenceRegions: 'Allowed storage regions',
      enforceInTransit: 'Enforce regions in transit',
      kmsKeyName: 'KMS key',
      schemaEncoding: 'Schema encoding',
      role: shared.role,
      messageSchema: shared.messageSchema,
    },
    'pubsub-subscription': {
      deliveryType: 'Delivery',
      pushConfig: 'Push',
      'pushConfig.pushEndpoint': 'Push endpoint',
      'pushConfig.oidcServiceAccountEmail': 'OIDC service account',
      'pushConfig.audience': 'OIDC audience',
      'pushConfig.noWrapper': 'Unwrapped payload',
      bigqueryConfig: 'BigQuery',
      'bigqueryConfig.table': 'Table',
      'bigqueryConfig.useTopicSchema': 'Use topic schema',
      'bigqueryConfig.useTableSchema': 'Use table schema',
      'bigqueryConfig.writeMetadata': 'Write metadata',
      'bigqueryConfig.dropUnknownFields': 'Drop unknown fields',
      'bigqueryConfig.serviceAccountEmail': 'Service account',
      cloudStorageConfig: 'Cloud Storage',
      'cloudStorageConfig.bucket': 'Bucket',
      'cloudStorageConfig.filenamePrefix': 'File name prefix',
      'cloudStorageConfig.filenameSuffix': 'File name suffix',
      'cloudStorageConfig.maxDurationSeconds': 'New file after (s)',
      'cloudStorageConfig.maxBytes': 'New file after (bytes)',
      'cloudStorageConfig.maxMessages': 'New file after (messages)',
      'cloudStorageConfig.outputFormat': 'Output format',
      'cloudStorageConfig.writeMetadata': 'Write metadata',
      'cloudStorageConfig.serviceAccountEmail': 'Service account',
      ackDeadlineSeconds: 'Ack deadline (s)',
      messageRetentionDuration: 'Retention (s)',
      retainAckedMessages: 'Retain acked messages',
      enableMessageOrdering: 'Message ordering',
      enableExactlyOnceDelivery: 'Exactly-once delivery',
      filter: 'Filter',
      maxDeliveryAttempts: 'Max delivery attempts',
      minimumBackoffSeconds: 'Retry minimum backoff (s)',
      maximumBackoffSeconds: 'Retry maximum backoff (s)',
      expirationTtlSeconds: 'Expires when idle for (s)',
      depthAlert: shared.depthAlert,
    },
  };
}
