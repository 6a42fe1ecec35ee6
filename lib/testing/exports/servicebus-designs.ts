import type { TestDesignInput } from '../../design/build-design';

/** Every setting the Service Bus exports write, once, on a Premium namespace. */
export const SERVICEBUS_KITCHEN_SINK: TestDesignInput = {
  name: 'Shop',
  clusters: [{ id: 'ns', name: 'shop-prod', broker: 'servicebus', config: { sku: 'Premium', capacity: 2 } }],
  nodes: [
    { kind: 'producer', id: 'api' },
    {
      kind: 'servicebus-queue',
      id: 'orders',
      cluster: 'ns',
      lockDurationSeconds: 90,
      maxDeliveryCount: 5,
      requiresSession: true,
      defaultMessageTimeToLiveSeconds: 1_209_600,
      deadLetteringOnMessageExpiration: true,
      requiresDuplicateDetection: true,
      duplicateDetectionHistoryTimeWindowSeconds: 3600,
      enablePartitioning: true,
      maxSizeInMegabytes: 2048,
      autoDeleteOnIdleSeconds: 86_400,
      forwardTo: 'audit',
    },
    { kind: 'servicebus-queue', id: 'orders-dlq', name: 'orders-dlq', cluster: 'ns', role: 'dead-letter' },
    { kind: 'servicebus-topic', id: 'events', name: 'order-events', cluster: 'ns', requiresDuplicateDetection: true, supportOrdering: true, defaultMessageTimeToLiveSeconds: 600 },
    {
      kind: 'servicebus-subscription',
      id: 'billing',
      cluster: 'ns',
      lockDurationSeconds: 30,
      deadLetteringOnFilterEvaluationExceptions: false,
      rules: [
        { name: 'eu', filterType: 'SqlFilter', sqlExpression: "region = 'eu'", action: "SET sys.label = 'eu'" },
        { name: 'paid', filterType: 'CorrelationFilter', correlationFilter: { label: 'paid', properties: { tenant: 'acme' } } },
      ],
    },
    { kind: 'consumer-group', id: 'billing-service' },
  ],
  connections: [
    { from: 'api', to: 'orders' },
    { from: 'orders', to: 'orders-dlq', kind: 'dead-letter' as const },
    { from: 'api', to: 'events' },
    { from: 'events', to: 'billing' },
    { from: 'billing', to: 'billing-service' },
    { from: 'billing', to: 'orders-dlq', kind: 'dead-letter' as const },
  ],
};
