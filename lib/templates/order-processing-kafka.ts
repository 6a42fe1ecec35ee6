import { deadLetterTopic, kafkaCluster, kafkaGroup, kafkaProducer, kafkaTopic } from './kafka-parts';
import type { Template, TemplateConnection } from './template';

/** The order pipeline's flow, step by step, with notifications reading every step (the broken template draws it too). */
export const ORDER_FLOW: TemplateConnection[] = [
  { from: 'order-service', to: 'orders.placed' },
  { from: 'orders.placed', to: 'validation-service' },
  { from: 'validation-service', to: 'orders.validated' },
  { from: 'orders.validated', to: 'payment-service' },
  { from: 'payment-service', to: 'orders.payment-processed' },
  { from: 'orders.payment-processed', to: 'fulfilment-service' },
  { from: 'fulfilment-service', to: 'orders.fulfilled' },
  { from: 'orders.placed', to: 'notification-service' },
  { from: 'orders.validated', to: 'notification-service' },
  { from: 'orders.payment-processed', to: 'notification-service' },
  { from: 'orders.fulfilled', to: 'notification-service' },
];

/** PRODUCT.md §7 and the domain brief's worked design: one topic per step, one group per service, DLQ, notification fan-out. */
export const orderProcessingKafka: Template = {
  id: 'order-processing-kafka',
  title: 'Order processing pipeline',
  purpose: 'Orders move placed → validated → paid → fulfilled, one topic per step, keyed by order id, with retries, a DLQ and notifications.',
  brokers: ['Kafka'],
  design: {
    name: 'Order processing pipeline',
    notes: 'Topics keyed by order id (per-order ordering), 12 partitions, RF 3, 7-day retention. Each service is its own consumer group; failures retry 1s/10s/60s, then go to orders.dlq.',
    requirements: {
      throughput: 2000,
      peakThroughput: 6000,
      messageSizeBytes: 2048,
      ordering: 'per-key',
      delivery: 'at-least-once',
      retentionHours: 168,
      maxConsumerOutageHours: 24,
      criticality: 'critical',
    },
    clusters: [kafkaCluster()],
    nodes: [
      kafkaProducer('order-service', { publishRate: 2000 }),
      kafkaTopic('orders.placed', 'OrderPlaced'),
      kafkaTopic('orders.validated', 'OrderValidated'),
      kafkaTopic('orders.payment-processed', 'PaymentProcessed'),
      kafkaTopic('orders.fulfilled', 'OrderFulfilled'),
      deadLetterTopic('orders.dlq'),
      kafkaGroup('validation-service'),
      kafkaGroup('payment-service'),
      kafkaGroup('fulfilment-service'),
      kafkaGroup('notification-service', { instances: 2 }),
    ],
    connections: [
      ...ORDER_FLOW,
      { from: 'validation-service', to: 'orders.dlq' },
      { from: 'payment-service', to: 'orders.dlq' },
      { from: 'fulfilment-service', to: 'orders.dlq' },
      { from: 'notification-service', to: 'orders.dlq' },
    ],
  },
};
