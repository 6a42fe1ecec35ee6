import { deadLetterTopic, kafkaCluster, kafkaGroup, kafkaProducer, kafkaTopic } from './kafka-parts';
import type { Template } from './template';

/** Sagas finish in minutes; a month of state and dead letters covers any investigation. */
const MONTH_MS = 2_592_000_000;

/**
 * An orchestrated saga: the orchestrator sends each step's command, reads
 * the replies, and on a failure sends the compensating commands of the
 * steps already done, in reverse (refund the payment, release the stock).
 */
export const sagaCompensations: Template = {
  id: 'saga-compensations',
  title: 'Saga with compensations',
  purpose: 'An orchestrator runs reserve stock → charge payment → schedule shipment, and undoes finished steps in reverse when one fails.',
  brokers: ['Kafka'],
  design: {
    name: 'Order saga with compensations',
    notes:
      'Commands and replies are keyed by saga (order) id, so each saga is handled in order by one orchestrator instance, which keeps its state in a compacted topic (30 days). Compensations: ReleaseStock undoes ReserveStock, RefundPayment undoes ChargePayment, CancelShipment undoes ScheduleShipment. Every participant is idempotent: a command may arrive twice.',
    requirements: {
      throughput: 300,
      peakThroughput: 1500,
      messageSizeBytes: 1024,
      ordering: 'per-key',
      delivery: 'at-least-once',
      retentionHours: 168,
      maxConsumerOutageHours: 24,
      criticality: 'critical',
    },
    clusters: [kafkaCluster()],
    nodes: [
      kafkaProducer('order-api', { publishRate: 300 }),
      kafkaTopic('orders.requested', 'OrderRequested'),
      kafkaGroup('order-saga', { name: 'order-saga (orchestrator)' }),
      kafkaTopic('saga.state', 'OrderSagaState', { config: { 'min.insync.replicas': 2, 'cleanup.policy': 'compact,delete', 'retention.ms': MONTH_MS } }),
      kafkaTopic('inventory.commands', 'ReserveStock | ReleaseStock'),
      kafkaTopic('payment.commands', 'ChargePayment | RefundPayment'),
      kafkaTopic('shipping.commands', 'ScheduleShipment | CancelShipment'),
      kafkaTopic('saga.replies', 'StepSucceeded | StepFailed'),
      kafkaGroup('inventory-service'),
      kafkaGroup('payment-service'),
      kafkaGroup('shipping-service'),
      deadLetterTopic('saga.dlq', { config: { 'min.insync.replicas': 2, 'cleanup.policy': 'delete', 'retention.ms': MONTH_MS } }),
    ],
    connections: [
      { from: 'order-api', to: 'orders.requested' },
      { from: 'orders.requested', to: 'order-saga' },
      { from: 'order-saga', to: 'saga.state' },
      // The orchestrator reads its state back after a restart or a rebalance.
      { from: 'saga.state', to: 'order-saga' },
      { from: 'order-saga', to: 'inventory.commands' },
      { from: 'order-saga', to: 'payment.commands' },
      { from: 'order-saga', to: 'shipping.commands' },
      { from: 'inventory.commands', to: 'inventory-service' },
      { from: 'payment.commands', to: 'payment-service' },
      { from: 'shipping.commands', to: 'shipping-service' },
      { from: 'inventory-service', to: 'saga.replies' },
      { from: 'payment-service', to: 'saga.replies' },
      { from: 'shipping-service', to: 'saga.replies' },
      { from: 'saga.replies', to: 'order-saga' },
      { from: 'order-saga', to: 'saga.dlq' },
      { from: 'inventory-service', to: 'saga.dlq' },
      { from: 'payment-service', to: 'saga.dlq' },
      { from: 'shipping-service', to: 'saga.dlq' },
    ],
  },
};
