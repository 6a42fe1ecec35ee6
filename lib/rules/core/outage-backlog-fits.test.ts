import { testRule } from '../rule-tester';
import type { TestDesignInput } from '../../design/build-design';
import { outageBacklogFits } from './outage-backlog-fits';

/** `checkout` publishes into `orders` (of `kind`), read by `fulfilment`. */
function pipeline(requirements: Record<string, unknown>, kind: string, channel: Record<string, unknown> = {}): TestDesignInput {
  return {
    requirements: { ordering: 'none', throughput: 50, messageSizeBytes: 2000, maxConsumerOutageHours: 4, ...requirements },
    nodes: [
      { kind: 'producer', id: 'checkout' },
      { kind, id: 'orders', ...channel },
      { kind: 'consumer-group', id: 'fulfilment' },
    ],
    connections: [
      { from: 'checkout', to: 'orders' },
      { from: 'orders', to: 'fulfilment' },
    ],
  };
}

// 4 hours at 50 msg/s of 2,000 B: 720,000 messages, 1.44 GB.
testRule(outageBacklogFits, {
  valid: [
    { name: 'no outage declared', design: pipeline({ maxConsumerOutageHours: undefined }, 'rabbitmq-queue', { arguments: { 'x-max-length': 10 } }) },
    { name: 'the default rate is not a declared one', design: pipeline({ throughput: undefined }, 'rabbitmq-queue', { arguments: { 'x-max-length': 10 } }) },
    { name: 'a length limit just above the backlog', design: pipeline({}, 'rabbitmq-queue', { arguments: { 'x-max-length': 720_000, 'x-max-length-bytes': 1_440_000_000 } }) },
    { name: 'a queue without limits', design: pipeline({}, 'rabbitmq-queue') },
    { name: 'a TTL as long as the outage', design: pipeline({}, 'rabbitmq-queue', { arguments: { 'x-message-ttl': 4 * 3_600_000 } }) },
    { name: 'a JetStream stream with room', design: pipeline({}, 'nats-stream', { subjects: ['orders.>'], max_msgs: 1_000_000, max_bytes: 2_000_000_000, max_age: '1d' }) },
    { name: 'SQS keeps 4 days by default', design: pipeline({ maxConsumerOutageHours: 72 }, 'sqs-queue') },
    {
      name: "a Kafka topic without a byte limit (its time retention is kafka/retention-covers-consumer-lag's)",
      design: pipeline({}, 'kafka-topic', { partitions: 6, config: { 'retention.ms': 3_600_000 } }),
    },
    { name: 'retention.bytes counts per partition', design: pipeline({}, 'kafka-topic', { partitions: 6, config: { 'retention.bytes': 250_000_000 } }) },
    { name: 'a dead-letter queue holds failures, not the flow', design: pipeline({}, 'rabbitmq-queue', { role: 'dead-letter', arguments: { 'x-max-length': 10 } }) },
  ],
  invalid: [
    {
      name: 'a RabbitMQ length limit a tenth of the backlog',
      design: pipeline({}, 'rabbitmq-queue', { arguments: { 'x-max-length': 72_000 } }),
      findings: [
        {
          target: 'orders',
          messageIncludes: 'RabbitMQ queue "orders" must hold what piles up in a consumer outage of 4 hours (720,000 messages, 1.44 GB at 50 msg/s), but x-max-length is 72,000 messages',
        },
      ],
      output: { nodes: { orders: { arguments: { 'x-max-length': 720_000 } } } },
    },
    {
      name: 'every short limit is listed and raised together',
      design: pipeline({}, 'rabbitmq-queue', { arguments: { 'x-max-length-bytes': 1_000_000_000, 'x-message-ttl': 3_600_000 } }),
      findings: [{ target: 'orders', messageIncludes: 'x-max-length-bytes is 1 GB, x-message-ttl is 1 hour' }],
      output: { nodes: { orders: { arguments: { 'x-max-length-bytes': 1_440_000_000, 'x-message-ttl': 14_400_000 } } } },
    },
    {
      name: 'a JetStream stream keeps too few messages and too little time',
      design: pipeline({}, 'nats-stream', { subjects: ['orders.>'], max_msgs: 100_000, max_age: '1h' }),
      findings: [{ target: 'orders', messageIncludes: 'max_msgs is 100,000, max_age is 1 hour' }],
      output: { nodes: { orders: { max_msgs: 720_000, max_age: '4h' } } },
    },
    {
      name: 'SQS deletes messages older than its retention period',
      design: pipeline({ maxConsumerOutageHours: 120 }, 'sqs-queue', { messageRetentionPeriod: 345_600 }),
      findings: [{ target: 'orders', messageIncludes: 'MessageRetentionPeriod is 4 days' }],
      output: { nodes: { orders: { messageRetentionPeriod: 432_000 } } },
    },
    {
      name: 'an outage longer than SQS can keep: reported without a fix',
      design: pipeline({ maxConsumerOutageHours: 24 * 20 }, 'sqs-queue', { messageRetentionPeriod: 1_209_600 }),
      findings: [{ target: 'orders', messageIncludes: 'MessageRetentionPeriod is 14 days' }],
    },
    {
      name: 'Kafka retention.bytes over all partitions below the backlog',
      design: pipeline({}, 'kafka-topic', { partitions: 6, config: { 'retention.bytes': 100_000_000 } }),
      findings: [{ target: 'orders', messageIncludes: 'retention.bytes=100000000 keeps 600 MB over 6 partition(s)' }],
      output: { nodes: { orders: { config: { 'retention.bytes': 240_000_000 } } } },
    },
    {
      name: "a producer's own rate",
      design: {
        requirements: { ordering: 'none', maxConsumerOutageHours: 1 },
        nodes: [
          { kind: 'producer', id: 'checkout', requirements: { throughput: 10, messageSizeBytes: 500 } },
          { kind: 'rabbitmq-queue', id: 'orders', arguments: { 'x-max-length': 1000 } },
          { kind: 'consumer-group', id: 'fulfilment' },
        ],
        connections: [
          { from: 'checkout', to: 'orders' },
          { from: 'orders', to: 'fulfilment' },
        ],
      },
      findings: [{ target: 'orders', messageIncludes: '(36,000 messages, 18 MB at 10 msg/s)' }],
      output: { nodes: { orders: { arguments: { 'x-max-length': 36_000 } } } },
    },
  ],
});
