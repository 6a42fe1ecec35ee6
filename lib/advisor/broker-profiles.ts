/**
 * What each broker offers, as the selection matrix of the domain brief puts
 * it (throughput, latency, ordering, retention, replay, operational
 * complexity). Numbers are the rules of thumb practitioners quote, per
 * cluster of three nodes.
 */
export const ADVISOR_BROKERS = ['kafka', 'redpanda', 'pulsar', 'rabbitmq', 'artemis', 'nats', 'sqs-sns', 'pubsub', 'servicebus'] as const;
export type AdvisorBroker = (typeof ADVISOR_BROKERS)[number];

export interface BrokerProfile {
  broker: AdvisorBroker;
  label: string;
  /** Sustained messages per second a modest cluster carries comfortably. */
  maxThroughput: number;
  /** Typical end-to-end latency in milliseconds. */
  latencyMs: number;
  /** How ordering is kept. */
  orderingModel: string;
  /** Per-key ordering that scales out (partitions, message groups). */
  perKeyOrdering: 'native' | 'workaround';
  /** Transactions (read-process-write), publish deduplication within a window, or a delivery guarantee (no redelivery after an ack). */
  exactlyOnce: 'transactions' | 'deduplication' | 'delivery' | 'none';
  /** Longest sensible retention in hours; Infinity = days or forever. */
  maxRetentionHours: number;
  replay: boolean;
  routing: 'topics' | 'subjects' | 'exchanges' | 'addresses' | 'filters';
  /** 1 = managed, 2 = light to run, 3 = a few moving parts, 4 = a platform team's job. */
  operationalComplexity: 1 | 2 | 3 | 4;
  multiTenant: boolean;
}

export const BROKER_PROFILES: Record<AdvisorBroker, BrokerProfile> = {
  kafka: {
    broker: 'kafka',
    label: 'Kafka',
    maxThroughput: 1_000_000,
    latencyMs: 5,
    orderingModel: 'per partition, by message key',
    perKeyOrdering: 'native',
    exactlyOnce: 'transactions',
    maxRetentionHours: Infinity,
    replay: true,
    routing: 'topics',
    operationalComplexity: 3,
    multiTenant: false,
  },
  redpanda: {
    broker: 'redpanda',
    label: 'Redpanda',
    maxThroughput: 1_000_000,
    latencyMs: 3,
    orderingModel: 'per partition, by message key (Kafka API)',
    perKeyOrdering: 'native',
    exactlyOnce: 'transactions',
    maxRetentionHours: Infinity,
    replay: true,
    routing: 'topics',
    operationalComplexity: 2,
    multiTenant: false,
  },
  pulsar: {
    broker: 'pulsar',
    label: 'Pulsar',
    maxThroughput: 1_000_000,
    latencyMs: 5,
    orderingModel: 'per partition, by message key (Key_Shared)',
    perKeyOrdering: 'native',
    exactlyOnce: 'transactions',
    maxRetentionHours: Infinity,
    replay: true,
    routing: 'topics',
    operationalComplexity: 4,
    multiTenant: true,
  },
  rabbitmq: {
    broker: 'rabbitmq',
    label: 'RabbitMQ',
    maxThroughput: 50_000,
    latencyMs: 1,
    orderingModel: 'per queue, with a single active consumer',
    perKeyOrdering: 'workaround',
    exactlyOnce: 'none',
    maxRetentionHours: 0,
    replay: false,
    routing: 'exchanges',
    operationalComplexity: 2,
    multiTenant: false,
  },
  // Artemis: a JVM broker (live/backup pairs for HA). Transacted JMS sessions consume and send in one
  // local transaction; message groups (JMSXGroupID) give per-key order across a queue's consumers.
  artemis: {
    broker: 'artemis',
    label: 'ActiveMQ Artemis',
    maxThroughput: 50_000,
    latencyMs: 2,
    orderingModel: 'per queue, and per key with message groups (JMSXGroupID)',
    perKeyOrdering: 'native',
    exactlyOnce: 'transactions',
    maxRetentionHours: 0,
    replay: false,
    routing: 'addresses',
    operationalComplexity: 2,
    multiTenant: false,
  },
  nats: {
    broker: 'nats',
    label: 'NATS JetStream',
    maxThroughput: 200_000,
    latencyMs: 1,
    orderingModel: 'per stream and subject',
    perKeyOrdering: 'workaround',
    exactlyOnce: 'deduplication',
    maxRetentionHours: Infinity,
    replay: true,
    routing: 'subjects',
    operationalComplexity: 2,
    multiTenant: true,
  },
  'sqs-sns': {
    broker: 'sqs-sns',
    label: 'SQS/SNS',
    maxThroughput: 100_000,
    latencyMs: 50,
    orderingModel: 'FIFO queues, per message group',
    perKeyOrdering: 'native',
    exactlyOnce: 'deduplication',
    maxRetentionHours: 336,
    replay: false,
    routing: 'filters',
    operationalComplexity: 1,
    multiTenant: false,
  },
  pubsub: {
    // Google Cloud Pub/Sub: no partitions to size (throughput scales with the project's quota; 1 MB/s per ordering key),
    // ordering per key on subscriptions that enable it, exactly-once delivery on pull subscriptions in one region,
    // topics and subscriptions keep messages up to 31 days and can seek back in time.
    broker: 'pubsub',
    label: 'Google Cloud Pub/Sub',
    maxThroughput: 10_000_000,
    latencyMs: 100,
    orderingModel: 'per ordering key, on subscriptions with message ordering',
    perKeyOrdering: 'native',
    exactlyOnce: 'delivery',
    maxRetentionHours: 744,
    replay: true,
    routing: 'filters',
    operationalComplexity: 1,
    multiTenant: false,
  },
  servicebus: {
    // Azure Service Bus: a managed namespace (Premium scales by messaging units); FIFO per session (SessionId) on
    // session-aware queues and subscriptions; transactions complete a received message and send others atomically
    // within a namespace; messages are kept until completed or expired, with no replay; SQL and correlation
    // filter rules on topic subscriptions.
    broker: 'servicebus',
    label: 'Azure Service Bus',
    maxThroughput: 20_000,
    latencyMs: 20,
    orderingModel: 'per session (SessionId), on session-aware queues and subscriptions',
    perKeyOrdering: 'native',
    exactlyOnce: 'transactions',
    maxRetentionHours: 0,
    replay: false,
    routing: 'filters',
    operationalComplexity: 1,
    multiTenant: false,
  },
};

/** SQS FIFO's ceiling with high-throughput mode (messages per second per queue). */
export const SQS_FIFO_MAX_THROUGHPUT = 70_000;
