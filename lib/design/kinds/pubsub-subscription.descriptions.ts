import type { DescribedFields } from '../field-descriptions';
import { bigqueryConfigSchema, cloudStorageConfigSchema, pubsubSubscription, pushConfigSchema } from './pubsub-subscription';

/**
 * What the fields of pubsub-subscription.ts mean, by path (`a/b` is field b of object field a): the node
 * inspector and the JSON Schema show them; the studio page does not download them.
 */
export const pubsubSubscriptionFieldDescriptions: DescribedFields = [
  [
    pushConfigSchema,
    {
      pushEndpoint: 'URL Pub/Sub POSTs each message to',
      oidcServiceAccountEmail: 'Service account whose OIDC token authenticates each push (unset: no Authorization header)',
      audience: 'OIDC token audience (unset: the endpoint URL)',
      noWrapper: 'Sends the message data as the HTTP body, unwrapped',
    },
  ],
  [
    bigqueryConfigSchema,
    {
      table: 'Table written to: project.dataset.table',
    },
  ],
  [
    cloudStorageConfigSchema,
    {
      maxDurationSeconds: 'New file after this many seconds (60–600; default 300)',
      maxBytes: 'New file after this many bytes (1000–10 GiB)',
      maxMessages: 'New file after this many messages (1000 or more)',
      outputFormat: 'Default: text',
      writeMetadata: 'Avro output: writes message metadata as fields',
    },
  ],
  [
    pubsubSubscription.schema,
    {
      deliveryType: 'Pull, push to an endpoint, or export to BigQuery or Cloud Storage',
      pushConfig: 'Push delivery settings',
      bigqueryConfig: 'BigQuery export settings',
      cloudStorageConfig: 'Cloud Storage export settings',
      ackDeadlineSeconds: 'Seconds to ack before redelivery (10–600; Pub/Sub default: 10). For push, the request timeout',
      messageRetentionDuration: 'Seconds unacked messages are kept (600–2678400; Pub/Sub default: 604800, 7 days)',
      retainAckedMessages: 'Keeps acked messages for seek (Pub/Sub default: false)',
      enableMessageOrdering: 'Delivers messages with the same ordering key in order (Pub/Sub default: false)',
      enableExactlyOnceDelivery: 'Exactly-once delivery, pull only (Pub/Sub default: false)',
      filter: 'Attribute filter, e.g. attributes.region = "eu" (at most 256 bytes; fixed at creation)',
      maxDeliveryAttempts: 'Dead-letter policy: deliveries before the message goes to the dead-letter topic (5–100; default 5)',
      minimumBackoffSeconds: 'Retry policy: first redelivery delay (0–600; with a policy, default 10)',
      maximumBackoffSeconds: 'Retry policy: longest redelivery delay (0–600; with a policy, default 600). Unset both: immediate redelivery',
      expirationTtlSeconds: 'Deleted after this many idle seconds; 0 = never (Pub/Sub default: 2678400, 31 days)',
      depthAlert: 'Alerts on the backlog (unacked messages or oldest unacked age)',
    },
  ],
];
