/**
 * Where the importer fuzzing (`fuzz.test.ts`) starts for the `terraform-servicebus` importer: valid files of its format,
 * inline so it runs without ../shared (corpus files the importer detects are added when that is there).
 */
export const FUZZ_SEEDS = {
  importer: 'terraform-servicebus',
  seeds: [
    `resource "azurerm_servicebus_namespace" "ns" {
  name     = "shop-prod"
  location = "westeurope"
  sku      = "Premium"
  capacity = 2
}

resource "azurerm_servicebus_queue" "orders" {
  name                              = "orders"
  namespace_id                      = azurerm_servicebus_namespace.ns.id
  lock_duration                     = "PT1M30S"
  max_delivery_count                = 5
  requires_session                  = true
  default_message_ttl               = "P14D"
  forward_dead_lettered_messages_to = azurerm_servicebus_queue.dlq.name
}

resource "azurerm_servicebus_queue" "dlq" {
  name         = "orders-dlq"
  namespace_id = azurerm_servicebus_namespace.ns.id
}

resource "azurerm_servicebus_topic" "events" {
  name             = "order-events"
  namespace_id     = azurerm_servicebus_namespace.ns.id
  support_ordering = true
}

resource "azurerm_servicebus_subscription" "billing" {
  name               = "billing"
  topic_id           = azurerm_servicebus_topic.events.id
  max_delivery_count = 10
}

resource "azurerm_servicebus_subscription_rule" "eu" {
  name            = "eu"
  subscription_id = azurerm_servicebus_subscription.billing.id
  filter_type     = "CorrelationFilter"

  correlation_filter {
    label      = "paid"
    properties = { tenant = "acme" }
  }
}
`,
  ],
};
