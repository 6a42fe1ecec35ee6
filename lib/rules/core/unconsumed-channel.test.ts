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
  ],
});
