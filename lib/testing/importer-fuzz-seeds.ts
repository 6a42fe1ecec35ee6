import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * One or two valid inputs per importer, the starting points the importer fuzzing
 * (lib/importers/fuzz.test.ts) mutates: in their own file, as data, so the
 * harness reads as what it checks.
 */

/** Inline seeds, so the fuzzing runs even without ../shared; corpus files are added when it is there. */
export const INLINE_SEEDS: Readonly<Record<string, readonly string[]>> = {
  design: [
    JSON.stringify({
      queuewright: 1,
      name: 'Seed',
      clusters: [{ id: 'k', name: 'K', broker: 'kafka' }],
      nodes: [
        { kind: 'producer', id: 'p', name: 'P' },
        { kind: 'kafka-topic', id: 't', name: 'orders', cluster: 'k' },
        { kind: 'consumer-group', id: 'c', name: 'C' },
      ],
      connections: [
        { id: 'p--t', kind: 'publish', from: 'p', to: 't' },
        { id: 't--c', kind: 'consume', from: 't', to: 'c' },
      ],
    }),
  ],
  asyncapi: [
    `asyncapi: 3.0.0
info: { title: Seed, version: 1.0.0 }
servers:
  k: { host: 'localhost:9092', protocol: kafka }
  r: { host: 'localhost:5672', protocol: amqp }
channels:
  orders:
    address: orders.created
    servers: [{ $ref: '#/servers/k' }]
    messages: { m: { $ref: '#/components/messages/M' } }
    bindings: { kafka: { partitions: 6, replicas: 3, topicConfiguration: { cleanup.policy: [delete], retention.ms: 1000 } } }
  work:
    address: work
    servers: [{ $ref: '#/servers/r' }]
    bindings: { amqp: { is: queue, queue: { name: work, durable: true } } }
  events:
    address: order.created
    servers: [{ $ref: '#/servers/r' }]
    bindings: { amqp: { is: routingKey, exchange: { name: events, type: topic } } }
operations:
  send: { action: send, channel: { $ref: '#/channels/orders' }, bindings: { kafka: { clientId: { type: string, enum: [svc] } } } }
  recv: { action: receive, channel: { $ref: '#/channels/work' }, reply: { channel: { $ref: '#/channels/events' } } }
components:
  messages:
    M: { name: M, payload: { type: object, properties: { a: { $ref: '#/components/schemas/A' } } } }
  schemas:
    A: { type: string }
`,
    `asyncapi: '2.6.0'
info: { title: Seed2, version: '1' }
servers: { s: { url: 'localhost', protocol: amqp } }
channels:
  q:
    bindings: { amqp: { is: routingKey, exchange: { name: ex, type: direct }, queue: { name: q } } }
    publish: { operationId: p, message: { payload: { type: string } } }
    subscribe: { operationId: s, bindings: { amqp: { deliveryMode: 2 } } }
`,
  ],
  'rabbitmq-definitions': [
    JSON.stringify({
      rabbit_version: '3.13.0',
      vhosts: [{ name: '/' }],
      policies: [{ vhost: '/', name: 'p', pattern: '^q', 'apply-to': 'queues', priority: 1, definition: { 'max-length': 10, 'dead-letter-exchange': 'dlx' } }],
      exchanges: [
        { name: 'ex', vhost: '/', type: 'topic', durable: true, auto_delete: false, internal: false, arguments: { 'alternate-exchange': 'dlx' } },
        { name: 'dlx', vhost: '/', type: 'fanout', durable: true, auto_delete: false, internal: false, arguments: {} },
      ],
      queues: [
        { name: 'q', vhost: '/', durable: true, auto_delete: false, arguments: { 'x-queue-type': 'quorum', 'x-dead-letter-exchange': 'dlx', 'x-delivery-limit': 5 } },
        { name: 'dlq', vhost: '/', durable: true, auto_delete: false, arguments: {} },
      ],
      bindings: [
        { source: 'ex', vhost: '/', destination: 'q', destination_type: 'queue', routing_key: 'a.#', arguments: {} },
        { source: 'dlx', vhost: '/', destination: 'dlq', destination_type: 'queue', routing_key: '', arguments: {} },
        { source: 'amq.direct', vhost: '/', destination: 'ex', destination_type: 'exchange', routing_key: 'x', arguments: {} },
      ],
    }),
  ],
  strimzi: [
    `apiVersion: kafka.strimzi.io/v1
kind: KafkaTopic
metadata: { name: orders, labels: { strimzi.io/cluster: c } }
spec: { partitions: 3, replicas: 3, config: { retention.ms: 1000, cleanup.policy: compact } }
---
apiVersion: kafka.strimzi.io/v1beta2
kind: KafkaUser
metadata: { name: app, labels: { strimzi.io/cluster: c } }
spec:
  authorization:
    type: simple
    acls:
      - { resource: { type: topic, name: orders }, operations: [Read, Write] }
      - { resource: { type: group, name: app }, operations: [Read] }
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: x }
`,
  ],
  'arm-servicebus': [
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
  // The broker.xml `artemis create` writes, and Queuewright's export of its Artemis fixture.
  'artemis-broker-xml': [
    readFileSync(path.join(__dirname, '..', 'importers', '__fixtures__', 'artemis', 'artemis-create-2.40.0.xml'), 'utf8'),
    readFileSync(path.join(__dirname, '..', 'exporters', '__golden__', 'artemis-broker-xml', 'artemis-orders', 'broker.xml'), 'utf8'),
  ],
  'nats-jetstream': [
    JSON.stringify({
      name: 'ORDERS',
      subjects: ['orders.>'],
      retention: 'workqueue',
      storage: 'file',
      num_replicas: 3,
      max_age: 604800000000000,
      duplicate_window: 120000000000,
      max_bytes: -1,
      max_msgs: -1,
      max_msg_size: -1,
      discard: 'old',
    }),
    JSON.stringify({
      stream_name: 'ORDERS',
      name: 'worker',
      config: { durable_name: 'worker', ack_policy: 'explicit', ack_wait: 30000000000, max_deliver: 5, backoff: [1000000000, 5000000000], filter_subject: 'orders.new', deliver_policy: 'all' },
    }),
  ],
  'julie-ops': [
    `context: shop
source: web
projects:
  - name: orders
    consumers: [{ principal: "User:billing", group: billing }]
    producers: [{ principal: "User:api", transactionId: "api-tx-*" }]
    streams: [{ principal: "User:enricher", applicationId: enrich, topics: { read: [shop.web.orders.placed], write: [shop.web.orders.enriched] } }]
    topics:
      - { name: placed, dataType: avro, config: { num.partitions: "6", replication.factor: "3", retention.ms: "604800000" } }
      - { name: enriched, config: { num.partitions: "6", replication.factor: "3" }, consumers: [{ principal: "User:audit" }] }
`,
  ],
  'terraform-pubsub': [
    `provider "google" {
  project = "acme"
}

resource "google_pubsub_schema" "event" {
  name       = "event"
  type       = "AVRO"
  definition = "{\\"type\\":\\"record\\",\\"name\\":\\"E\\",\\"fields\\":[]}"
}

resource "google_pubsub_topic" "orders" {
  name                       = "orders"
  message_retention_duration = "86400s"

  schema_settings {
    schema   = google_pubsub_schema.event.id
    encoding = "JSON"
  }
}

resource "google_pubsub_topic" "dead" {
  name = "orders-dead-letter"
}

resource "google_pubsub_subscription" "worker" {
  name                    = "worker"
  topic                   = google_pubsub_topic.orders.id
  ack_deadline_seconds    = 60
  enable_message_ordering = true
  filter                  = "attributes.kind = \\"a\\""

  push_config {
    push_endpoint = "https://example.com/push"

    oidc_token {
      service_account_email = "push@acme.iam.gserviceaccount.com"
    }
  }

  expiration_policy {
    ttl = ""
  }

  dead_letter_policy {
    dead_letter_topic     = google_pubsub_topic.dead.id
    max_delivery_attempts = 10
  }

  retry_policy {
    minimum_backoff = "10s"
  }
}
`,
  ],
  'terraform-servicebus': [
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
  'terraform-pulsar': [
    `variable "pulsar_cluster" {
  type    = string
  default = "standalone"
}

resource "pulsar_tenant" "shop" {
  tenant           = "shop"
  allowed_clusters = [var.pulsar_cluster]
}

resource "pulsar_namespace" "shop_orders" {
  tenant               = pulsar_tenant.shop.tenant
  namespace            = "orders"
  enable_deduplication = true

  retention_policies {
    retention_minutes    = "4320"
    retention_size_in_mb = "10240"
  }

  backlog_quota {
    limit_bytes   = "10737418240"
    limit_seconds = "-1"
    policy        = "producer_request_hold"
    type          = "destination_storage"
  }

  namespace_config {
    message_ttl_seconds = 604800
  }
}

resource "pulsar_topic" "orders" {
  tenant     = pulsar_tenant.shop.tenant
  namespace  = pulsar_namespace.shop_orders.namespace
  topic_type = "persistent"
  topic_name = "orders"
  partitions = 4
}
`,
  ],
  topicctl: [
    `meta:
  name: c
  environment: prod
  region: r
spec:
  bootstrapAddrs: [localhost:9092]
---
meta: { name: t, cluster: c, environment: prod, region: r, consumers: [g] }
spec:
  partitions: 3
  replicationFactor: 2
  retentionMinutes: 10
  placement: { strategy: static, staticAssignments: [[1, 2], [2, 3], [3, 1]] }
  settings: { cleanup.policy: delete, min.insync.replicas: 2 }
`,
  ],
};
