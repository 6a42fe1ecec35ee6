import type { BlockArguments } from '../pubsub/terraform-arguments';
import { SERVICEBUS_DOCS } from './sources';

/**
 * The arguments the hashicorp/azurerm Terraform provider (4.x) documents for the resources the
 * Service Bus export writes: each resource's attributes, which are required, and its nested
 * blocks. Facts read from the provider's resource pages (the "Argument Reference" sections) on
 * the date below; the export tests parse the written HCL and refuse any argument not listed
 * here. Parts the export never writes (a namespace's identity, customer-managed key and network
 * rule set, client-scoped JMS subscriptions) are left out, which only makes the check stricter.
 * 4.x renamed `enable_partitioning` to `partitioning_enabled` (and the other `enable_*`
 * flags likewise): the 3.x names are deliberately absent.
 */
export const SERVICEBUS_TERRAFORM_SOURCE = {
  provider: 'hashicorp/azurerm',
  read: '2026-12-07',
  pages: [
    SERVICEBUS_DOCS.terraformNamespace.url,
    SERVICEBUS_DOCS.terraformQueue.url,
    SERVICEBUS_DOCS.terraformTopic.url,
    SERVICEBUS_DOCS.terraformSubscription.url,
    SERVICEBUS_DOCS.terraformSubscriptionRule.url,
  ],
} as const;

/** Durations, sizes and flags a queue shares with a topic. */
const ENTITY = [
  'name',
  'namespace_id',
  'auto_delete_on_idle',
  'default_message_ttl',
  'duplicate_detection_history_time_window',
  'requires_duplicate_detection',
  'partitioning_enabled',
  'express_enabled',
  'batched_operations_enabled',
  'max_size_in_megabytes',
  'max_message_size_in_kilobytes',
  'status',
];

export const SERVICEBUS_TERRAFORM_RESOURCES: Readonly<Record<string, BlockArguments>> = {
  azurerm_resource_group: { attributes: ['name', 'location', 'tags', 'managed_by'], required: ['name', 'location'] },
  azurerm_servicebus_namespace: {
    attributes: ['name', 'resource_group_name', 'location', 'sku', 'capacity', 'premium_messaging_partitions', 'local_auth_enabled', 'public_network_access_enabled', 'minimum_tls_version', 'tags'],
    required: ['name', 'resource_group_name', 'location', 'sku'],
  },
  azurerm_servicebus_queue: {
    attributes: [...ENTITY, 'lock_duration', 'requires_session', 'dead_lettering_on_message_expiration', 'max_delivery_count', 'forward_to', 'forward_dead_lettered_messages_to'],
    required: ['name', 'namespace_id'],
  },
  azurerm_servicebus_topic: { attributes: [...ENTITY, 'support_ordering'], required: ['name', 'namespace_id'] },
  azurerm_servicebus_subscription: {
    attributes: [
      'name',
      'topic_id',
      'max_delivery_count',
      'auto_delete_on_idle',
      'default_message_ttl',
      'lock_duration',
      'dead_lettering_on_message_expiration',
      'dead_lettering_on_filter_evaluation_error',
      'batched_operations_enabled',
      'requires_session',
      'forward_to',
      'forward_dead_lettered_messages_to',
      'status',
      'client_scoped_subscription_enabled',
    ],
    required: ['name', 'topic_id', 'max_delivery_count'],
  },
  azurerm_servicebus_subscription_rule: {
    attributes: ['name', 'subscription_id', 'filter_type', 'sql_filter', 'action'],
    required: ['name', 'subscription_id', 'filter_type'],
    blocks: { correlation_filter: { attributes: ['correlation_id', 'message_id', 'to', 'reply_to', 'label', 'session_id', 'content_type', 'properties'] } },
  },
};

/** The provider block's arguments the export writes: azurerm requires a `features` block, empty or not. */
export const SERVICEBUS_TERRAFORM_PROVIDERS: Readonly<Record<string, BlockArguments>> = {
  azurerm: { attributes: ['subscription_id', 'tenant_id', 'alias'], blocks: { features: { attributes: [] } } },
};
