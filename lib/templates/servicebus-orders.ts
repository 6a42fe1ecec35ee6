import type { Template } from './template';

const DEAD_LETTERS = 'dead-letters';
const receiving = { maxDeliveryCount: 10, requiresSession: true, deadLetteringOnMessageExpiration: true };

/**
 * Azure Service Bus on a Standard namespace: a session-aware payments queue with duplicate
 * detection, an order-events topic with a session-aware subscription per consumer (one
 * filtered by a SQL rule), and every entity's dead letters forwarded to one watched queue.
 */
export const servicebusOrders: Template = {
  id: 'servicebus-orders',
  title: 'Azure Service Bus orders',
  purpose: 'Orders on Azure Service Bus: sessions for per-order sequence, duplicate detection, a filtered subscription and dead letters forwarded to one watched queue.',
  brokers: ['Azure Service Bus'],
  design: {
    name: 'Service Bus orders',
    notes:
      'Senders set SessionId to the order id and MessageId to the event id, so each order is handled in sequence and a resent message within the hour is dropped. Locks cover twice the handlers’ p99. Expired and undeliverable messages are forwarded to one dead-letter queue that alerts on depth.',
    requirements: { throughput: 150, peakThroughput: 500, messageSizeBytes: 2048, ordering: 'per-key', delivery: 'at-least-once', criticality: 'critical' },
    clusters: [{ id: 'sb', name: 'shop-prod-sb', broker: 'servicebus', config: { sku: 'Standard' } }],
    nodes: [
      { kind: 'producer', id: 'checkout-api', instances: 3, publishRate: 150, keyStrategy: 'entity-id', retryHorizon: '2m' },
      {
        kind: 'servicebus-queue',
        id: 'payments',
        cluster: 'sb',
        lockDurationSeconds: 60,
        defaultMessageTimeToLiveSeconds: 86_400,
        requiresDuplicateDetection: true,
        duplicateDetectionHistoryTimeWindowSeconds: 3600,
        depthAlert: true,
        messageSchema: { name: 'PaymentRequested', format: 'json-schema', version: '1', registry: true },
        ...receiving,
      },
      {
        kind: 'servicebus-topic',
        id: 'order-events',
        cluster: 'sb',
        requiresDuplicateDetection: true,
        duplicateDetectionHistoryTimeWindowSeconds: 3600,
        defaultMessageTimeToLiveSeconds: 604_800,
        messageSchema: { name: 'OrderEvent', format: 'json-schema', version: '1', registry: true },
      },
      { kind: 'servicebus-subscription', id: 'fulfilment', cluster: 'sb', lockDurationSeconds: 30, depthAlert: true, ...receiving },
      {
        kind: 'servicebus-subscription',
        id: 'eu-invoicing',
        cluster: 'sb',
        lockDurationSeconds: 30,
        depthAlert: true,
        ...receiving,
        rules: [{ name: 'eu-orders', filterType: 'SqlFilter', sqlExpression: "region = 'eu'" }],
      },
      { kind: 'servicebus-queue', id: DEAD_LETTERS, cluster: 'sb', role: 'dead-letter', depthAlert: true, lockDurationSeconds: 60 },
      { kind: 'consumer-group', id: 'payment-service', instances: 4, concurrency: 8, processingMsP50: 200, processingMsP99: 20_000, idempotent: true, lagAlert: true },
      { kind: 'consumer-group', id: 'fulfilment-service', instances: 2, concurrency: 8, processingMsP50: 50, processingMsP99: 5000, idempotent: true, lagAlert: true },
      { kind: 'consumer-group', id: 'invoicing-service', instances: 2, concurrency: 4, processingMsP50: 100, processingMsP99: 8000, idempotent: true, lagAlert: true },
      { kind: 'consumer-group', id: 'dead-letter-triage', processingMsP50: 1000, processingMsP99: 10_000, idempotent: true, lagAlert: true },
    ],
    connections: [
      { from: 'checkout-api', to: 'payments' },
      { from: 'checkout-api', to: 'order-events' },
      { from: 'payments', to: 'payment-service' },
      { from: 'order-events', to: 'fulfilment' },
      { from: 'order-events', to: 'eu-invoicing' },
      { from: 'fulfilment', to: 'fulfilment-service' },
      { from: 'eu-invoicing', to: 'invoicing-service' },
      { from: 'payments', to: DEAD_LETTERS },
      { from: 'fulfilment', to: DEAD_LETTERS },
      { from: 'eu-invoicing', to: DEAD_LETTERS },
      { from: DEAD_LETTERS, to: 'dead-letter-triage' },
    ],
  },
};
