import type { Template } from './template';

const DEAD_LETTER = 'order-events-fulfilment-DLQ';
const namespace = { tenant: 'shop', namespace: 'orders', cluster: 'pulsar' };
const quota = { backlogQuotaLimitBytes: 10 * 1024 ** 3, backlogQuotaPolicy: 'producer_request_hold' };

/**
 * Apache Pulsar: order events on a partitioned persistent topic in the
 * shop/orders namespace (three days' retention, a backlog quota,
 * deduplication), read in per-order sequence by a Key_Shared subscription
 * that dead-letters after five redeliveries, and by a Failover subscription
 * for the order history; the dead letter topic keeps its messages for triage.
 */
export const pulsarOrderEvents: Template = {
  id: 'pulsar-order-events',
  title: 'Apache Pulsar order events',
  purpose: 'Order events on Pulsar: a partitioned topic with namespace policies, Key_Shared and Failover subscriptions, and a dead letter topic.',
  brokers: ['Pulsar'],
  design: {
    name: 'Pulsar order events',
    notes:
      'The API publishes with the order id as message key, so the Key_Shared fulfilment subscription keeps each order in sequence while its consumers share the load. A message fulfilment fails is negatively acknowledged and redelivered up to five times, then goes to the dead letter topic, which keeps it for triage. The namespace keeps acknowledged events three days for replay and holds producers once a backlog reaches 10 GiB.',
    requirements: { throughput: 500, peakThroughput: 1500, messageSizeBytes: 1024, ordering: 'per-key', delivery: 'at-least-once', criticality: 'critical' },
    clusters: [{ id: 'pulsar', name: 'Pulsar production', broker: 'pulsar', version: '4.0.4', nodes: 3, racks: 3, environment: 'production', config: {} }],
    nodes: [
      { kind: 'producer', id: 'orders-api', instances: 3, publishRate: 500, keyStrategy: 'entity-id', retryHorizon: '2m' },
      {
        kind: 'pulsar-topic',
        id: 'order-events',
        ...namespace,
        partitions: 6,
        retentionTimeInMinutes: 4320,
        retentionSizeInMB: 51_200,
        deduplication: true,
        schemaCompatibilityStrategy: 'BACKWARD',
        messageSchema: { name: 'OrderEvent', format: 'avro', version: '1', registry: true },
        ...quota,
      },
      {
        kind: 'pulsar-subscription',
        id: 'fulfilment',
        cluster: 'pulsar',
        subscriptionType: 'Key_Shared',
        subscriptionInitialPosition: 'Earliest',
        maxRedeliverCount: 5,
        negativeAckRedeliveryDelayMicros: 10_000_000,
        depthAlert: true,
      },
      { kind: 'pulsar-subscription', id: 'order-history', cluster: 'pulsar', subscriptionType: 'Failover', subscriptionInitialPosition: 'Earliest', depthAlert: true },
      { kind: 'pulsar-topic', id: DEAD_LETTER, ...namespace, role: 'dead-letter', ...quota },
      { kind: 'pulsar-subscription', id: 'dead-letter-triage-sub', cluster: 'pulsar', subscriptionType: 'Shared', subscriptionInitialPosition: 'Earliest', depthAlert: true },
      { kind: 'consumer-group', id: 'fulfilment-service', instances: 4, concurrency: 6, processingMsP50: 40, processingMsP99: 2000, idempotent: true, lagAlert: true },
      { kind: 'consumer-group', id: 'order-history-service', instances: 4, standbyInstances: 1, processingMsP50: 5, processingMsP99: 100, idempotent: true, lagAlert: true },
      { kind: 'consumer-group', id: 'dead-letter-triage', processingMsP50: 1000, processingMsP99: 10_000, idempotent: true, lagAlert: true },
    ],
    connections: [
      { from: 'orders-api', to: 'order-events' },
      { from: 'order-events', to: 'fulfilment' },
      { from: 'order-events', to: 'order-history' },
      { from: 'fulfilment', to: 'fulfilment-service' },
      { from: 'order-history', to: 'order-history-service' },
      { from: 'fulfilment', to: DEAD_LETTER },
      { from: DEAD_LETTER, to: 'dead-letter-triage-sub' },
      { from: 'dead-letter-triage-sub', to: 'dead-letter-triage' },
    ],
  },
};
