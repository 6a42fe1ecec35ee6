import type { RuleDocs } from '../rule-docs';
import { PUBSUB_DOCS } from '../../brokers/pubsub/sources';
import { PULSAR_DOCS } from '../../brokers/pulsar/sources';
import { SERVICEBUS_DOCS } from '../../brokers/servicebus/sources';
import { CORE_SOURCES } from './_sources';

/** The docs and examples of `core/unconsumed-channel`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'Messages sent to a channel nobody reads are never processed: a queue or stream fills up until its limits drop or reject messages, a Kafka topic deletes them unread when retention expires, and an SNS topic without subscriptions discards them at once. A topic that hands messages to subscriptions (SNS, Pub/Sub, Service Bus, Pulsar) keeps them only for its subscriptions, and a Pub/Sub, Service Bus or Pulsar subscription is itself read like a queue: without a consumer its backlog only grows. Usually a consumer was forgotten on the canvas, or the channel is left over from an earlier design. Dead-letter queues are exempt (core/dlq-monitored covers them), and so are the delay queues of a retry loop, which messages leave by expiring, and the channels the broker empties itself: a Pub/Sub push, BigQuery or Cloud Storage subscription, a Service Bus queue or subscription that auto-forwards.',
  howToFix: 'Connect the consumer group that processes these messages, or remove the channel and what publishes to it.',
  sources: [
    CORE_SOURCES.kafkaTopicConfigs,
    CORE_SOURCES.sqsDeadLetterQueues,
    SERVICEBUS_DOCS.queuesTopicsSubscriptions,
    SERVICEBUS_DOCS.autoForwarding,
    PUBSUB_DOCS.subscriptionOverview,
    PUBSUB_DOCS.pushSubscriptions,
    PULSAR_DOCS.retentionExpiry,
  ],
  examples: {
    failing: {
      queuewright: 2,
      nodes: [
        { kind: 'producer', id: 'orders-api', name: 'orders-api' },
        { kind: 'kafka-topic', id: 'orders', name: 'orders' },
      ],
      connections: [{ id: 'p', kind: 'publish', from: 'orders-api', to: 'orders' }],
    },
    passing: {
      queuewright: 2,
      nodes: [
        { kind: 'producer', id: 'orders-api', name: 'orders-api' },
        { kind: 'kafka-topic', id: 'orders', name: 'orders' },
        { kind: 'consumer-group', id: 'billing', name: 'billing' },
      ],
      connections: [
        { id: 'p', kind: 'publish', from: 'orders-api', to: 'orders' },
        { id: 'c', kind: 'consume', from: 'orders', to: 'billing' },
      ],
    },
  },
};
