import { testRule } from '../rule-tester';
import type { TestDesignInput } from '../../design/build-design';
import { consumersKeepUp } from './consumers-keep-up';

/** `checkout` publishes into `channel` (of `kind`), read by the groups given. */
function pipeline(requirements: Record<string, unknown>, kind: string, groups: Array<Record<string, unknown>>, channel: Record<string, unknown> = {}): TestDesignInput {
  return {
    requirements: { ordering: 'none', ...requirements },
    nodes: [{ kind: 'producer', id: 'checkout' }, { kind, id: 'orders', ...channel }, ...groups.map((g) => ({ kind: 'consumer-group', ...g }) as { kind: string; id: string })],
    connections: [{ from: 'checkout', to: 'orders' }, ...groups.map((g) => ({ from: 'orders', to: g.id as string }))],
  };
}

/** A producer declaring `throughput` as its day's mean, on a daily curve 3:1, into an SQS queue read by `fulfilment`. */
function dailyPipeline(throughput: number, group: Record<string, unknown>): TestDesignInput {
  return {
    requirements: { ordering: 'none' },
    nodes: [
      { kind: 'producer', id: 'checkout', requirements: { throughput }, traffic: { pattern: 'daily', peakToTrough: 3, peakHour: 18 } },
      { kind: 'sqs-queue', id: 'orders' },
      { kind: 'consumer-group', id: 'fulfilment', ...group },
    ],
    connections: [
      { from: 'checkout', to: 'orders' },
      { from: 'orders', to: 'fulfilment' },
    ],
  };
}

/** `checkout` publishes into `orders` (of `topicKind`), whose subscription `sub` (of `subKind`) the groups read. */
function subscribed(
  throughput: number,
  [topicKind, subKind]: [string, string],
  groups: Array<Record<string, unknown>>,
  sub: Record<string, unknown> = {},
  topic: Record<string, unknown> = {},
): TestDesignInput {
  return {
    requirements: { ordering: 'none', throughput },
    nodes: [
      { kind: 'producer', id: 'checkout' },
      { kind: topicKind, id: 'orders', ...topic },
      { kind: subKind, id: 'sub', ...sub },
      ...groups.map((g) => ({ kind: 'consumer-group', ...g }) as { kind: string; id: string }),
    ],
    connections: [{ from: 'checkout', to: 'orders' }, { from: 'orders', to: 'sub' }, ...groups.map((g) => ({ from: 'sub', to: g.id as string }))],
  };
}

const PUBSUB: [string, string] = ['pubsub-topic', 'pubsub-subscription'];
const SERVICEBUS: [string, string] = ['servicebus-topic', 'servicebus-subscription'];
const PULSAR: [string, string] = ['pulsar-topic', 'pulsar-subscription'];
const ARTEMIS: [string, string] = ['artemis-address', 'artemis-queue'];
/** 2 instances × 1 handler at 50 ms: 40 msg/s, behind 100 msg/s. */
const SLOW = { id: 'fulfilment', instances: 2, processingMsP50: 50 };

testRule(consumersKeepUp, {
  valid: [
    {
      // declaredInflow stops at a publisher that is not a producer: a loop is never carried round (lib/sim/rate-propagation.ts is the simulator's model).
      name: 'a saga loop: what the orchestrator publishes per message it reads is not declared, so the rate at payment is unknown (not 800 msg/s carried round the loop)',
      design: {
        requirements: { ordering: 'none', throughput: 800 },
        nodes: [
          { kind: 'producer', id: 'checkout' },
          { kind: 'kafka-topic', id: 'orders', partitions: 12 },
          { kind: 'kafka-topic', id: 'payment-commands', partitions: 12 },
          { kind: 'kafka-topic', id: 'payment-replies', partitions: 12 },
          { kind: 'consumer-group', id: 'orchestrator', instances: 12, processingMsP50: 5 },
          { kind: 'consumer-group', id: 'payment', instances: 1, processingMsP50: 500 },
        ],
        connections: [
          { from: 'checkout', to: 'orders' },
          { from: 'orders', to: 'orchestrator' },
          { from: 'payment-replies', to: 'orchestrator' },
          { from: 'orchestrator', to: 'payment-commands' },
          { from: 'payment-commands', to: 'payment' },
          { from: 'payment', to: 'payment-replies' },
        ],
      },
    },
    { name: 'the defaults: neither rate nor processing time declared', design: pipeline({}, 'sqs-queue', [{ id: 'fulfilment' }]) },
    { name: 'a declared rate with the default processing time (unknown is not bad)', design: pipeline({ throughput: 5000 }, 'sqs-queue', [{ id: 'fulfilment' }]) },
    { name: 'a declared processing time at the default rate (unknown is not bad)', design: pipeline({}, 'sqs-queue', [{ id: 'fulfilment', processingMsP50: 500 }]) },
    { name: 'exactly enough: 2 × 10 handlers at 25 ms are 800 msg/s', design: pipeline({ throughput: 800 }, 'sqs-queue', [{ id: 'fulfilment', instances: 2, concurrency: 10, processingMsP50: 25 }]) },
    {
      name: 'the peak is absorbed by the queue: only the sustained rate counts',
      design: pipeline({ throughput: 800, peakThroughput: 5000 }, 'sqs-queue', [{ id: 'fulfilment', instances: 4, concurrency: 10, processingMsP50: 50 }]),
    },
    {
      name: 'a queue shared by two groups: the split is not declared',
      design: pipeline({ throughput: 800 }, 'rabbitmq-queue', [
        { id: 'a', processingMsP50: 50 },
        { id: 'b', processingMsP50: 50 },
      ]),
    },
    { name: 'an ephemeral tail', design: pipeline({ throughput: 800 }, 'kafka-topic', [{ id: 'tail', lifecycle: 'ephemeral', processingMsP50: 50 }], { partitions: 12 }) },
    {
      name: 'a producer that declares its own rate, below capacity',
      design: {
        requirements: { ordering: 'none' },
        nodes: [
          { kind: 'producer', id: 'checkout', requirements: { throughput: 30 } },
          { kind: 'sqs-queue', id: 'orders' },
          { kind: 'consumer-group', id: 'fulfilment', processingMsP50: 30 },
        ],
        connections: [
          { from: 'checkout', to: 'orders' },
          { from: 'orders', to: 'fulfilment' },
        ],
      },
    },
    {
      name: 'two producers, one of which declares no rate: the inflow is unknown',
      design: {
        requirements: { ordering: 'none' },
        nodes: [
          { kind: 'producer', id: 'web', requirements: { throughput: 10 } },
          { kind: 'producer', id: 'batch' },
          { kind: 'sqs-queue', id: 'orders' },
          { kind: 'consumer-group', id: 'fulfilment', processingMsP50: 500 },
        ],
        connections: [
          { from: 'web', to: 'orders' },
          { from: 'batch', to: 'orders' },
          { from: 'orders', to: 'fulfilment' },
        ],
      },
    },
    {
      name: 'a daily curve whose busiest hour still fits: 600 msg/s a day at 3:1 peaks at 900, below 2 × 10 handlers at 20 ms',
      design: dailyPipeline(600, { instances: 2, concurrency: 10, processingMsP50: 20 }),
    },
    { name: 'a Pub/Sub subscription with a filter: the share it lets through is not declared', design: subscribed(100, PUBSUB, [SLOW], { filter: 'attributes.region = "eu"' }) },
    {
      name: 'two groups on one Pub/Sub subscription share it',
      design: subscribed(100, PUBSUB, [SLOW, { id: 'audit', processingMsP50: 50 }]),
    },
    {
      name: 'a Service Bus subscription whose SQL rule picks some messages',
      design: subscribed(100, SERVICEBUS, [SLOW], { rules: [{ name: 'eu', filterType: 'SqlFilter', sqlExpression: "region = 'eu'" }] }),
    },
    {
      name: 'an Exclusive Pulsar subscription with two instances: pulsar/exclusive-subscription-one-consumer reports that one reads',
      design: subscribed(100, PULSAR, [SLOW], { subscriptionType: 'Exclusive' }),
    },
    { name: 'a Shared Pulsar subscription that keeps up', design: subscribed(100, PULSAR, [{ ...SLOW, concurrency: 3 }], { subscriptionType: 'Shared' }) },
    {
      name: 'an Artemis anycast address hands each message to one of its two queues in turn: the share is not declared',
      design: {
        requirements: { ordering: 'none', throughput: 100 },
        nodes: [
          { kind: 'producer', id: 'checkout' },
          { kind: 'artemis-address', id: 'orders', routingType: 'anycast' },
          { kind: 'artemis-queue', id: 'a' },
          { kind: 'artemis-queue', id: 'b' },
          { kind: 'consumer-group', ...SLOW },
        ],
        connections: [
          { from: 'checkout', to: 'orders' },
          { from: 'orders', to: 'a' },
          { from: 'orders', to: 'b' },
          { from: 'a', to: 'fulfilment' },
        ],
      },
    },
    { name: 'a Service Bus queue that auto-forwards everything: nobody reads it', design: pipeline({ throughput: 100 }, 'servicebus-queue', [SLOW], { forwardTo: 'elsewhere' }) },
    { name: 'an Artemis last-value queue keeps one message per key', design: subscribed(100, ARTEMIS, [SLOW], { 'last-value-key': 'orderId' }, { routingType: 'multicast' }) },
  ],
  invalid: [
    {
      name: 'a daily curve: 800 msg/s on average at 3:1 is 1,200 msg/s for hours at its peak, beyond 800',
      design: dailyPipeline(800, { instances: 2, concurrency: 10, processingMsP50: 25 }),
      findings: [{ target: 'fulfilment', messageIncludes: 'processes at most 800 msg/s (20 handler(s) × 1000 / 25 ms) but receives 1,200 msg/s: it needs 30 handler(s)' }],
      output: { nodes: { fulfilment: { instances: 3 } } },
    },
    {
      name: 'an SQS worker pool short by half',
      design: pipeline({ throughput: 800 }, 'sqs-queue', [{ id: 'fulfilment', instances: 2, concurrency: 10, processingMsP50: 50 }]),
      findings: [{ target: 'fulfilment', messageIncludes: 'processes at most 400 msg/s (20 handler(s) × 1000 / 50 ms) but receives 800 msg/s: it needs 40 handler(s)' }],
      output: { nodes: { fulfilment: { instances: 4 } } },
    },
    {
      name: 'hot standbys do not process: 3 instances with one standby',
      design: pipeline({ throughput: 100 }, 'sqs-queue', [{ id: 'fulfilment', instances: 3, standbyInstances: 1, processingMsP50: 25 }]),
      findings: [{ target: 'fulfilment', messageIncludes: 'processes at most 80 msg/s (2 handler(s)' }],
      output: { nodes: { fulfilment: { instances: 4 } } },
    },
    {
      name: 'a RabbitMQ consumer gets no more than its prefetch: 8 threads behind a prefetch of 1',
      design: pipeline({ throughput: 100 }, 'rabbitmq-queue', [{ id: 'fulfilment', instances: 2, concurrency: 8, prefetch: 1, processingMsP50: 50 }]),
      findings: [{ target: 'fulfilment', messageIncludes: 'processes at most 40 msg/s (2 handler(s)' }],
      output: { nodes: { fulfilment: { instances: 5 } } },
    },
    {
      name: 'a Kafka group: the fix gives the topic a partition per new member',
      design: pipeline({ throughput: 800 }, 'kafka-topic', [{ id: 'fulfilment', instances: 3, concurrency: 2, processingMsP50: 15 }], { partitions: 6 }),
      findings: [{ target: 'fulfilment', messageIncludes: 'processes at most 400 msg/s (6 handler(s) × 1000 / 15 ms) but receives 800 msg/s: it needs 12 handler(s)' }],
      output: { nodes: { fulfilment: { instances: 6 }, orders: { partitions: 12 } } },
    },
    {
      name: 'a Kafka group with enough partitions already: only the instances change',
      design: pipeline({ throughput: 800 }, 'kafka-topic', [{ id: 'fulfilment', instances: 2, processingMsP50: 10 }], { partitions: 12 }),
      findings: [{ target: 'fulfilment', messageIncludes: 'needs 8 handler(s)' }],
      output: { nodes: { fulfilment: { instances: 8 }, orders: { partitions: 12 } } },
    },
    {
      name: 'every group on a Kafka topic gets every record',
      design: pipeline(
        { throughput: 200 },
        'kafka-topic',
        [
          { id: 'fast', processingMsP50: 2 },
          { id: 'slow', processingMsP50: 40 },
        ],
        { partitions: 12 },
      ),
      findings: [{ target: 'slow', messageIncludes: 'receives 200 msg/s: it needs 8 handler(s)' }],
      output: { nodes: { slow: { instances: 8 } } },
    },
    {
      name: 'a JetStream consumer has no more than max_ack_pending in flight: the fix raises it with the instances',
      design: pipeline({ throughput: 100 }, 'nats-stream', [{ id: 'fulfilment', instances: 4, concurrency: 10, processingMsP50: 500, nats: { max_ack_pending: 20 } }], { subjects: ['orders.>'] }),
      findings: [{ target: 'fulfilment', messageIncludes: 'processes at most 40 msg/s (20 handler(s) × 1000 / 500 ms)' }],
      output: { nodes: { fulfilment: { instances: 5, nats: { max_ack_pending: 50 } } } },
    },
    {
      name: 'the rate a producer declares for itself',
      design: {
        requirements: { ordering: 'none' },
        nodes: [
          { kind: 'producer', id: 'checkout', requirements: { throughput: 300 } },
          { kind: 'sqs-queue', id: 'orders' },
          { kind: 'consumer-group', id: 'fulfilment', processingMsP50: 30 },
        ],
        connections: [
          { from: 'checkout', to: 'orders' },
          { from: 'orders', to: 'fulfilment' },
        ],
      },
      findings: [{ target: 'fulfilment', messageIncludes: 'receives 300 msg/s: it needs 9 handler(s)' }],
      output: { nodes: { fulfilment: { instances: 9 } } },
    },
    {
      name: 'a Pub/Sub pull subscription gets every message of its topic',
      design: subscribed(100, PUBSUB, [SLOW]),
      findings: [{ target: 'fulfilment', messageIncludes: 'processes at most 40 msg/s (2 handler(s) × 1000 / 50 ms) but receives 100 msg/s: it needs 5 handler(s)' }],
      output: { nodes: { fulfilment: { instances: 5 } } },
    },
    {
      name: 'a Service Bus queue: competing receivers',
      design: pipeline({ throughput: 100 }, 'servicebus-queue', [SLOW]),
      findings: [{ target: 'fulfilment', messageIncludes: 'receives 100 msg/s: it needs 5 handler(s)' }],
      output: { nodes: { fulfilment: { instances: 5 } } },
    },
    {
      name: 'a Service Bus subscription with the $Default rule gets every message of its topic',
      design: subscribed(100, SERVICEBUS, [SLOW], { rules: [{ name: 'all', filterType: 'SqlFilter', sqlExpression: '1=1' }] }),
      findings: [{ target: 'fulfilment', messageIncludes: 'receives 100 msg/s: it needs 5 handler(s)' }],
      output: { nodes: { fulfilment: { instances: 5 } } },
    },
    {
      name: 'a Shared Pulsar subscription',
      design: subscribed(100, PULSAR, [SLOW], { subscriptionType: 'Shared' }),
      findings: [{ target: 'fulfilment', messageIncludes: 'receives 100 msg/s: it needs 5 handler(s)' }],
      output: { nodes: { fulfilment: { instances: 5 } } },
    },
    {
      name: 'a Failover subscription of a 4-partition topic: up to 4 consumers receive, so 3 instances are a fix',
      design: subscribed(100, PULSAR, [{ ...SLOW, concurrency: 2 }], { subscriptionType: 'Failover' }, { partitions: 4 }),
      findings: [{ target: 'fulfilment', messageIncludes: 'processes at most 80 msg/s (4 handler(s)' }],
      output: { nodes: { fulfilment: { instances: 3 } } },
    },
    {
      name: 'a Failover subscription of a non-partitioned topic: one consumer receives, the other stands by, and no instance count is a fix',
      design: subscribed(100, PULSAR, [SLOW], { subscriptionType: 'Failover' }),
      findings: [
        {
          target: 'fulfilment',
          messageIncludes:
            'processes at most 20 msg/s (1 handler(s) × 1000 / 50 ms) but receives 100 msg/s: it needs 5 handler(s), and "sub" delivers to 1 consumer(s) at a time (a Failover subscription of a non-partitioned topic)',
        },
      ],
    },
    {
      name: "Pulsar's default Exclusive subscription with one instance",
      design: subscribed(100, PULSAR, [{ ...SLOW, instances: 1 }]),
      findings: [{ target: 'fulfilment', messageIncludes: 'delivers to 1 consumer(s) at a time (an Exclusive subscription)' }],
    },
    {
      name: 'a RabbitMQ queue with a single active consumer: the second instance stands by',
      design: pipeline({ throughput: 100 }, 'rabbitmq-queue', [SLOW], { arguments: { 'x-single-active-consumer': true } }),
      findings: [{ target: 'fulfilment', messageIncludes: 'processes at most 20 msg/s (1 handler(s)' }],
    },
    {
      name: 'keys cap the parallelism further, but the handlers are an upper bound: a Service Bus queue with sessions',
      design: pipeline({ throughput: 100 }, 'servicebus-queue', [SLOW], { requiresSession: true }),
      findings: [{ target: 'fulfilment', messageIncludes: 'processes at most 40 msg/s (2 handler(s)' }],
      output: { nodes: { fulfilment: { instances: 5 } } },
    },
    {
      name: 'an SQS FIFO queue: its message groups cap the parallelism, the handlers are an upper bound',
      design: pipeline({ throughput: 100 }, 'sqs-queue', [SLOW], { fifo: true }),
      findings: [{ target: 'fulfilment', messageIncludes: 'processes at most 40 msg/s (2 handler(s)' }],
      output: { nodes: { fulfilment: { instances: 5 } } },
    },
    {
      name: 'an Artemis multicast queue (a subscription) gets every message of its address',
      design: subscribed(100, ARTEMIS, [SLOW], {}, { routingType: 'multicast' }),
      findings: [{ target: 'fulfilment', messageIncludes: 'receives 100 msg/s: it needs 5 handler(s)' }],
      output: { nodes: { fulfilment: { instances: 5 } } },
    },
    {
      name: "an exclusive Artemis queue by its address's default-exclusive-queue",
      design: subscribed(100, ARTEMIS, [SLOW], {}, { routingType: 'multicast', settings: { 'default-exclusive-queue': true } }),
      findings: [{ target: 'fulfilment', messageIncludes: '"sub" delivers to 1 consumer(s) at a time (an exclusive queue)' }],
    },
  ],
});
