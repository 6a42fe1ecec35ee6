/**
 * The Microsoft Learn and Terraform registry pages Queuewright's Azure Service Bus knowledge
 * cites: the kinds' ranges, the defaults, the rules and the export tables. One list, so a moved
 * page is fixed in one place.
 */
const LEARN = 'https://learn.microsoft.com/en-us/azure/service-bus-messaging';
const ARM = 'https://learn.microsoft.com/en-us/azure/templates/microsoft.servicebus';
const TERRAFORM = 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources';

export const SERVICEBUS_DOCS = {
  queuesTopicsSubscriptions: { label: 'Service Bus queues, topics and subscriptions', url: `${LEARN}/service-bus-queues-topics-subscriptions` },
  quotas: { label: 'Service Bus quotas and limits', url: `${LEARN}/service-bus-quotas` },
  tiers: { label: 'Service Bus Premium and Standard messaging tiers', url: `${LEARN}/service-bus-premium-messaging` },
  sessions: { label: 'Message sessions (first in, first out)', url: `${LEARN}/message-sessions` },
  enableSessions: { label: 'Enable message sessions for a queue or subscription', url: `${LEARN}/enable-message-sessions` },
  locks: { label: 'Message transfers, locks and settlement', url: `${LEARN}/message-transfers-locks-settlement` },
  deadLetterQueues: { label: 'Service Bus dead-letter queues', url: `${LEARN}/service-bus-dead-letter-queues` },
  expiration: { label: 'Message expiration (time to live)', url: `${LEARN}/message-expiration` },
  duplicateDetection: { label: 'Duplicate message detection', url: `${LEARN}/duplicate-detection` },
  topicFilters: { label: 'Topic filters and actions', url: `${LEARN}/topic-filters` },
  autoForwarding: { label: 'Chaining entities with auto-forwarding', url: `${LEARN}/service-bus-auto-forwarding` },
  partitioning: { label: 'Partitioned queues and topics', url: `${LEARN}/service-bus-partitioning` },
  armQueue: { label: 'ARM/Bicep reference: Microsoft.ServiceBus namespaces/queues', url: `${ARM}/namespaces/queues` },
  armTopic: { label: 'ARM/Bicep reference: Microsoft.ServiceBus namespaces/topics', url: `${ARM}/namespaces/topics` },
  armSubscription: { label: 'ARM/Bicep reference: Microsoft.ServiceBus namespaces/topics/subscriptions', url: `${ARM}/namespaces/topics/subscriptions` },
  terraformNamespace: { label: 'Terraform azurerm provider: azurerm_servicebus_namespace', url: `${TERRAFORM}/servicebus_namespace` },
  terraformQueue: { label: 'Terraform azurerm provider: azurerm_servicebus_queue', url: `${TERRAFORM}/servicebus_queue` },
  terraformTopic: { label: 'Terraform azurerm provider: azurerm_servicebus_topic', url: `${TERRAFORM}/servicebus_topic` },
  terraformSubscription: { label: 'Terraform azurerm provider: azurerm_servicebus_subscription', url: `${TERRAFORM}/servicebus_subscription` },
  terraformSubscriptionRule: { label: 'Terraform azurerm provider: azurerm_servicebus_subscription_rule', url: `${TERRAFORM}/servicebus_subscription_rule` },
} as const;
