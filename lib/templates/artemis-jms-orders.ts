import type { Template } from './template';

const schema = { name: 'OrderPlaced', format: 'json-schema', version: '1', registry: true };
const redelivery = { 'max-delivery-attempts': 5, 'redelivery-delay': 1000, 'redelivery-delay-multiplier': 2, 'max-redelivery-delay': 60_000 };

/**
 * The JMS model on ActiveMQ Artemis: a topic (a multicast address) with one durable, shared
 * subscription queue per service, message groups keyed by order id for per-order order, redelivery with
 * growing delays and a dead-letter address with its queue. What an Artemis expert would draw for
 * `session.createSharedDurableConsumer(topic, "billing")`.
 */
export const artemisJmsOrders: Template = {
  id: 'artemis-jms-orders',
  title: 'ActiveMQ Artemis JMS topic',
  purpose: 'Order events on a JMS topic with durable shared subscriptions, message groups per order, delayed redelivery and a dead-letter address.',
  brokers: ['ActiveMQ Artemis'],
  design: {
    name: 'ActiveMQ Artemis JMS topic',
    notes:
      "Each service reads its own durable subscription queue on the multicast address orders, shared by its instances. The producer sets JMSXGroupID to the order id, so one order's events go to one instance, in order. A message failed 5 times (1 s, 2 s, 4 s, 8 s apart) moves to orders.DLA, whose queue orders.DLQ alerts on depth. The address pages to disk beyond 100 MiB.",
    requirements: { throughput: 200, peakThroughput: 800, messageSizeBytes: 1024, ordering: 'per-key', delivery: 'at-least-once', criticality: 'normal' },
    clusters: [{ id: 'artemis', name: 'Artemis production', broker: 'artemis', version: '2.40', nodes: 2, racks: 2 }],
    nodes: [
      { kind: 'producer', id: 'order-service', instances: 2, publishRate: 200, keyStrategy: 'entity-id', artemis: { messageGroupId: 'entity-id' } },
      {
        kind: 'artemis-address',
        id: 'orders',
        cluster: 'artemis',
        routingType: 'multicast',
        settings: { ...redelivery, 'address-full-policy': 'PAGE', 'max-size-bytes': 104_857_600 },
        messageSchema: schema,
      },
      { kind: 'artemis-queue', id: 'orders.billing', cluster: 'artemis', durable: true, messageSchema: schema },
      { kind: 'artemis-queue', id: 'orders.shipping', cluster: 'artemis', durable: true, messageSchema: schema },
      { kind: 'artemis-address', id: 'orders.DLA', cluster: 'artemis', routingType: 'anycast', settings: {} },
      { kind: 'artemis-queue', id: 'orders.DLQ', cluster: 'artemis', durable: true, role: 'dead-letter', depthAlert: true, messageSchema: schema },
      // 200 orders/s × 50 ms keep 10 handlers busy: 3 × 8 = 24.
      { kind: 'consumer-group', id: 'billing-service', instances: 3, concurrency: 8, processingMsP50: 50, processingMsP99: 400, idempotent: true, lagAlert: true },
      { kind: 'consumer-group', id: 'shipping-service', instances: 2, concurrency: 8, processingMsP50: 80, processingMsP99: 600, idempotent: true, lagAlert: true },
    ],
    connections: [
      { from: 'order-service', to: 'orders' },
      { from: 'orders', to: 'orders.billing' },
      { from: 'orders', to: 'orders.shipping' },
      { from: 'orders', to: 'orders.DLA', kind: 'dead-letter' },
      { from: 'orders.DLA', to: 'orders.DLQ' },
      { from: 'orders.billing', to: 'billing-service' },
      { from: 'orders.shipping', to: 'shipping-service' },
    ],
  },
};
