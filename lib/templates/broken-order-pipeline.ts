import { kafkaCluster, kafkaGroup, kafkaProducer, kafkaTopic } from './kafka-parts';
import { ORDER_FLOW } from './order-processing-kafka';
import type { Template } from './template';

/**
 * The order pipeline of order-processing-kafka.ts as it is often first
 * drawn: the same topics and services, with the defects a review of such a
 * pipeline finds. Every finding is real and has a fix; after the fixes it
 * scores as well as the worked design (templates.test.ts pins both).
 */
export const brokenOrderPipeline: Template = {
  id: 'broken-order-pipeline',
  title: 'Broken order pipeline — fix it',
  purpose: 'A realistic Kafka order pipeline with the defects reviews find in first drafts: see each finding, fix it, watch the score rise.',
  brokers: ['Kafka'],
  exercise: true,
  design: {
    name: 'Broken order pipeline',
    notes: 'Orders move placed → validated → paid → fulfilled. Drawn in a hurry: find what a review would not sign, and fix it.',
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
      // acks=1: a leader that fails before its followers copy a record loses it, though the producer was told it was written.
      kafkaProducer('order-service', { publishRate: 2000, kafka: { acks: '1', 'enable.idempotence': false, 'linger.ms': 5, 'compression.type': 'lz4' } }),
      kafkaTopic('orders.placed', 'OrderPlaced'),
      kafkaTopic('orders.validated', 'OrderValidated'),
      kafkaTopic('orders.payment-processed', 'PaymentProcessed'),
      kafkaTopic('orders.fulfilled', 'OrderFulfilled'),
      // No dead-letter topic anywhere: a record a service cannot process blocks its partition or is skipped.
      kafkaGroup('validation-service'),
      // Charges cards, is not idempotent: a record read again after a rebalance charges twice.
      kafkaGroup('payment-service', { idempotent: false }),
      kafkaGroup('fulfilment-service'),
      // Nobody is told when notifications fall behind.
      kafkaGroup('notification-service', { instances: 2, lagAlert: false }),
    ],
    connections: ORDER_FLOW,
  },
};
