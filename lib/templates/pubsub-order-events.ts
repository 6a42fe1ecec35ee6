import type { Template } from './template';

const schema = {
  name: 'order-event',
  format: 'avro',
  version: '1',
  registry: true,
  definition: '{"type":"record","name":"OrderEvent","fields":[{"name":"orderId","type":"string"},{"name":"status","type":"string"},{"name":"amountCents","type":"long"}]}',
};
const retry = { minimumBackoffSeconds: 10, maximumBackoffSeconds: 600 };
const DEAD_LETTER = 'order-events-dead-letter';

/**
 * Google Cloud Pub/Sub: one topic with an Avro schema kept in one region, a
 * pull subscription with ordering and exactly-once for fulfilment, an
 * authenticated push subscription for notifications, a BigQuery export for
 * analytics, and a dead-letter topic whose subscription never expires.
 */
export const pubsubOrderEvents: Template = {
  id: 'pubsub-order-events',
  title: 'Google Cloud Pub/Sub order events',
  purpose: 'Order events on Pub/Sub: ordered exactly-once pull, authenticated push, a BigQuery export and a dead-letter topic that keeps failures.',
  brokers: ['Pub/Sub'],
  design: {
    name: 'Pub/Sub order events',
    notes:
      'The API publishes with the order id as ordering key through the regional endpoint europe-west1-pubsub.googleapis.com, so each order stays in sequence. Failed messages go to the dead-letter topic after 10 attempts with backoff from 10 s to 10 min; its subscription never expires and alerts on its backlog.',
    requirements: { throughput: 200, peakThroughput: 600, messageSizeBytes: 1024, ordering: 'per-key', delivery: 'at-least-once', criticality: 'critical' },
    clusters: [{ id: 'gcp', name: 'Google Cloud shop-prod', broker: 'pubsub', config: { project: 'shop-prod', region: 'europe-west1' } }],
    nodes: [
      { kind: 'producer', id: 'orders-api', instances: 3, publishRate: 200, keyStrategy: 'entity-id', retryHorizon: '2m', pubsub: { endpoint: 'regional' } },
      { kind: 'pubsub-topic', id: 'order-events', cluster: 'gcp', messageRetentionDuration: 604_800, allowedPersistenceRegions: ['europe-west1'], schemaEncoding: 'JSON', messageSchema: schema },
      {
        kind: 'pubsub-subscription',
        id: 'fulfilment',
        cluster: 'gcp',
        ackDeadlineSeconds: 60,
        enableMessageOrdering: true,
        enableExactlyOnceDelivery: true,
        maxDeliveryAttempts: 10,
        expirationTtlSeconds: 0,
        depthAlert: true,
        ...retry,
      },
      {
        kind: 'pubsub-subscription',
        id: 'notifications',
        cluster: 'gcp',
        deliveryType: 'push',
        pushConfig: { pushEndpoint: 'https://notify.shop.example/pubsub/push', oidcServiceAccountEmail: 'pubsub-push@shop-prod.iam.gserviceaccount.com' },
        ackDeadlineSeconds: 30,
        enableMessageOrdering: true,
        filter: 'attributes.notify = "true"',
        maxDeliveryAttempts: 10,
        expirationTtlSeconds: 0,
        ...retry,
      },
      {
        kind: 'pubsub-subscription',
        id: 'analytics',
        cluster: 'gcp',
        deliveryType: 'bigquery',
        bigqueryConfig: { table: 'shop-prod.analytics.order_events', useTopicSchema: true, writeMetadata: true },
        expirationTtlSeconds: 0,
      },
      { kind: 'pubsub-topic', id: DEAD_LETTER, cluster: 'gcp', role: 'dead-letter', allowedPersistenceRegions: ['europe-west1'] },
      { kind: 'pubsub-subscription', id: `${DEAD_LETTER}-sub`, cluster: 'gcp', messageRetentionDuration: 2_678_400, expirationTtlSeconds: 0, depthAlert: true },
      { kind: 'consumer-group', id: 'fulfilment-service', instances: 3, concurrency: 4, processingMsP50: 40, processingMsP99: 2000, idempotent: true, lagAlert: true },
      { kind: 'consumer-group', id: 'notification-service', instances: 2, concurrency: 8, processingMsP50: 100, processingMsP99: 5000, idempotent: true, lagAlert: true },
      { kind: 'consumer-group', id: 'dead-letter-triage', processingMsP50: 1000, processingMsP99: 10_000, idempotent: true, lagAlert: true },
    ],
    connections: [
      { from: 'orders-api', to: 'order-events' },
      { from: 'order-events', to: 'fulfilment' },
      { from: 'order-events', to: 'notifications' },
      { from: 'order-events', to: 'analytics' },
      { from: 'fulfilment', to: 'fulfilment-service' },
      { from: 'notifications', to: 'notification-service' },
      { from: 'fulfilment', to: DEAD_LETTER },
      { from: 'notifications', to: DEAD_LETTER },
      { from: DEAD_LETTER, to: `${DEAD_LETTER}-sub` },
      { from: `${DEAD_LETTER}-sub`, to: 'dead-letter-triage' },
    ],
  },
};
