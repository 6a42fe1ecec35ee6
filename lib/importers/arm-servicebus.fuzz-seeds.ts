/**
 * Where the importer fuzzing (`fuzz.test.ts`) starts for the `arm-servicebus` importer: valid files of its format,
 * inline so it runs without ../shared (corpus files the importer detects are added when that is there).
 */
export const FUZZ_SEEDS = {
  importer: 'arm-servicebus',
  seeds: [
    JSON.stringify({
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      parameters: { ns: { type: 'String', defaultValue: 'shop-prod-sb' } },
      resources: [
        { type: 'Microsoft.ServiceBus/namespaces', name: "[parameters('ns')]", sku: { name: 'Premium', capacity: 2 } },
        {
          type: 'Microsoft.ServiceBus/namespaces/queues',
          name: "[concat(parameters('ns'), '/orders')]",
          properties: { lockDuration: 'PT1M', maxDeliveryCount: 5, requiresSession: true, forwardDeadLetteredMessagesTo: 'orders-dlq', status: 'Active' },
        },
        { type: 'Microsoft.ServiceBus/namespaces/queues', name: "[concat(parameters('ns'), '/orders-dlq')]", properties: { defaultMessageTimeToLive: 'P14D' } },
        { type: 'Microsoft.ServiceBus/namespaces/topics', name: "[concat(parameters('ns'), '/events')]", properties: { supportOrdering: true } },
        { type: 'Microsoft.ServiceBus/namespaces/topics/subscriptions', name: "[concat(parameters('ns'), '/events/billing')]", properties: { maxDeliveryCount: 10 } },
        {
          type: 'Microsoft.ServiceBus/namespaces/topics/subscriptions/rules',
          name: "[concat(parameters('ns'), '/events/billing/paid')]",
          properties: { filterType: 'CorrelationFilter', correlationFilter: { label: 'paid', properties: { tenant: 'acme' } } },
        },
      ],
    }),
  ],
};
