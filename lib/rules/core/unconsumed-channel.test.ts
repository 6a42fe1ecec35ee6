import { testRule } from '../rule-tester';
import { unconsumedChannel } from './unconsumed-channel';

testRule(unconsumedChannel, {
  valid: [
    {
      name: 'consumed channels, a subscribed SNS topic, a dead-letter queue and a TTL retry queue',
      design: {
        nodes: [
          { kind: 'kafka-topic', id: 't' },
          { kind: 'sns-topic', id: 'sns' },
          { kind: 'sqs-queue', id: 'q' },
          { kind: 'sqs-queue', id: 'dlq', role: 'dead-letter', depthAlert: true },
          { kind: 'rabbitmq-queue', id: 'retry', arguments: { 'x-message-ttl': 10_000 } },
          { kind: 'rabbitmq-exchange', id: 'work' },
          { kind: 'consumer-group', id: 'svc' },
        ],
        connections: [
          { from: 't', to: 'svc' },
          { from: 'sns', to: 'q' },
          { from: 'q', to: 'svc' },
          { from: 'q', to: 'dlq', kind: 'dead-letter' },
          { from: 'retry', to: 'work', kind: 'dead-letter' },
        ],
      },
    },
    {
      name: 'consumed Service Bus, Pub/Sub and Pulsar channels, and the ones the broker empties itself',
      design: {
        nodes: [
          { kind: 'servicebus-queue', id: 'claims' },
          { kind: 'servicebus-topic', id: 'claim-events' },
          { kind: 'servicebus-subscription', id: 'fraud' },
          { kind: 'servicebus-queue', id: 'forwarder', forwardTo: 'claims' },
          { kind: 'servicebus-queue', id: 'claims-dlq', role: 'dead-letter', depthAlert: true },
          { kind: 'pubsub-topic', id: 'orders' },
          { kind: 'pubsub-subscription', id: 'pull' },
          { kind: 'pubsub-subscription', id: 'push', deliveryType: 'push', pushConfig: { pushEndpoint: 'https://a.example/push' } },
          { kind: 'pulsar-topic', id: 'trades' },
          { kind: 'pulsar-subscription', id: 'settlement' },
          { kind: 'consumer-group', id: 'svc' },
        ],
        connections: [
          { from: 'claims', to: 'svc' },
          { from: 'claims', to: 'claims-dlq', kind: 'dead-letter' },
          { from: 'claim-events', to: 'fraud' },
          { from: 'fraud', to: 'svc' },
          { from: 'orders', to: 'pull' },
          { from: 'orders', to: 'push' },
          { from: 'pull', to: 'svc' },
          { from: 'trades', to: 'settlement' },
          { from: 'settlement', to: 'svc' },
        ],
      },
    },
  ],
  invalid: [
    {
      name: 'a published topic nobody reads, and an SNS topic without subscriptions',
      design: {
        nodes: [
          { kind: 'producer', id: 'api' },
          { kind: 'kafka-topic', id: 't' },
          { kind: 'sns-topic', id: 'sns' },
        ],
        connections: [
          { from: 'api', to: 't' },
          { from: 'api', to: 'sns' },
        ],
      },
      findings: [
        { target: 'sns', messageIncludes: 'no subscriptions' },
        { target: 't', messageIncludes: 'Kafka topic "t" has no consumer' },
      ],
    },
    {
      name: 'a Kafka retry topic nobody consumes (retries never happen)',
      design: {
        nodes: [
          { kind: 'kafka-topic', id: 'orders' },
          { kind: 'consumer-group', id: 'svc' },
          { kind: 'kafka-topic', id: 'orders-retry', role: 'retry' },
        ],
        connections: [
          { from: 'orders', to: 'svc' },
          { from: 'svc', to: 'orders-retry' },
        ],
      },
      findings: [{ target: 'orders-retry' }],
    },
    {
      name: 'Service Bus, Pub/Sub and Pulsar channels nobody reads: a queue, subscriptions without a consumer, topics without subscriptions',
      design: {
        nodes: [
          { kind: 'producer', id: 'api' },
          { kind: 'servicebus-queue', id: 'claims' },
          { kind: 'servicebus-topic', id: 'claim-events' },
          { kind: 'servicebus-topic', id: 'audit' },
          { kind: 'servicebus-subscription', id: 'fraud' },
          { kind: 'pubsub-topic', id: 'orders' },
          { kind: 'pubsub-subscription', id: 'pull' },
          { kind: 'pulsar-topic', id: 'trades' },
          { kind: 'pulsar-topic', id: 'ticks' },
          { kind: 'pulsar-subscription', id: 'settlement' },
        ],
        connections: [
          { from: 'api', to: 'claims' },
          { from: 'api', to: 'claim-events' },
          { from: 'api', to: 'audit' },
          { from: 'claim-events', to: 'fraud' },
          { from: 'orders', to: 'pull' },
          { from: 'trades', to: 'settlement' },
        ],
      },
      findings: [
        { target: 'audit', messageIncludes: 'Service Bus topic "audit" has no subscriptions' },
        { target: 'claims', messageIncludes: 'Service Bus queue "claims" has no consumer' },
        { target: 'fraud', messageIncludes: 'Service Bus subscription "fraud" has no consumer' },
        { target: 'pull', messageIncludes: 'Pub/Sub subscription "pull" has no consumer' },
        { target: 'settlement', messageIncludes: 'has no consumer' },
        { target: 'ticks', messageIncludes: 'Pulsar topic "ticks" has no subscriptions' },
      ],
    },
  ],
});
