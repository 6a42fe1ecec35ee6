import { CLIENTS, type Client, type ConsumerGroupNode, type ProducerNode } from '../../design';
import type { SettingSource } from '../source';
import { atLeast } from '../version';

/**
 * What a Kafka producer or consumer runs with when the design leaves a
 * setting unset: the defaults of its client library and version. A service
 * that names no client is read as the Java client (the reference
 * implementation) of a current release. Wrappers that run the Java client
 * underneath (Spring for Apache Kafka, Kafka Streams, Kafka Connect) start
 * from its defaults and change only what they document changing.
 */

type ProducerConfig = ProducerNode['kafka'];
type ConsumerConfig = ConsumerGroupNode['kafka'];

/** The producer settings every client has a default for; the review judges these resolved. */
export interface ProducerDefaults {
  acks: NonNullable<ProducerConfig['acks']>;
  'enable.idempotence': boolean;
  'max.in.flight.requests.per.connection': number;
  retries: number;
  'linger.ms': number;
  'batch.size': number;
  'compression.type': NonNullable<ProducerConfig['compression.type']>;
  'delivery.timeout.ms': number;
  'request.timeout.ms': number;
  'max.request.size': number;
  'transaction.timeout.ms': number;
  'partitioner.ignore.keys': boolean;
}

export interface ConsumerDefaults {
  'enable.auto.commit': boolean;
  'auto.offset.reset': NonNullable<ConsumerConfig['auto.offset.reset']>;
  'isolation.level': NonNullable<ConsumerConfig['isolation.level']>;
  'partition.assignment.strategy': NonNullable<ConsumerConfig['partition.assignment.strategy']>;
  'group.protocol': NonNullable<ConsumerConfig['group.protocol']>;
  'max.poll.records': number;
  'max.poll.interval.ms': number;
  'session.timeout.ms': number;
  'heartbeat.interval.ms': number;
  'max.partition.fetch.bytes': number;
}

export interface ClientDefaults<T> {
  values: T;
  source: SettingSource;
}

const DOCS = {
  producer: 'https://kafka.apache.org/documentation/#producerconfigs',
  consumer: 'https://kafka.apache.org/documentation/#consumerconfigs',
  streams: 'https://kafka.apache.org/documentation/streams/developer-guide/config-streams.html#default-values',
  connect: 'https://kafka.apache.org/documentation/#connect_running',
  springKafka: 'https://docs.spring.io/spring-kafka/reference/kafka/receiving-messages/message-listener-container.html#committing-offsets',
  librdkafka: 'https://github.com/confluentinc/librdkafka/blob/master/CONFIGURATION.md',
  kafkajsProducer: 'https://kafka.js.org/docs/producing#options',
  kafkajsConsumer: 'https://kafka.js.org/docs/consuming#options',
} as const;

const INT_MAX = 2_147_483_647;

/**
 * The Java client's producer defaults by version: KIP-679 (3.0) made acks=all
 * and idempotence the defaults, KIP-1030 (4.0) raised linger.ms to 5.
 */
function javaProducer(version: string | undefined): ProducerDefaults {
  const modern = atLeast(version, '3.0');
  return {
    acks: modern ? 'all' : '1',
    'enable.idempotence': modern,
    'max.in.flight.requests.per.connection': 5,
    retries: INT_MAX,
    'linger.ms': atLeast(version, '4.0') ? 5 : 0,
    'batch.size': 16_384,
    'compression.type': 'none',
    'delivery.timeout.ms': 120_000,
    'request.timeout.ms': 30_000,
    'max.request.size': 1_048_576,
    'transaction.timeout.ms': 60_000,
    'partitioner.ignore.keys': false,
  };
}

/** The Java client's consumer defaults by version: KIP-735 (3.0) raised the session timeout to 45 s; 3.0 added cooperative-sticky to the default assignors. */
function javaConsumer(version: string | undefined): ConsumerDefaults {
  const modern = atLeast(version, '3.0');
  return {
    'enable.auto.commit': true,
    'auto.offset.reset': 'latest',
    'isolation.level': 'read_uncommitted',
    'partition.assignment.strategy': modern ? 'range,cooperative-sticky' : 'range',
    'group.protocol': 'classic',
    'max.poll.records': 500,
    'max.poll.interval.ms': 300_000,
    'session.timeout.ms': modern ? 45_000 : 10_000,
    'heartbeat.interval.ms': 3_000,
    'max.partition.fetch.bytes': 1_048_576,
  };
}

/** Spring for Apache Kafka versions and the kafka-clients version each ships with. */
const SPRING_KAFKA_CLIENTS: ReadonlyArray<[spring: string, kafka: string]> = [
  ['4.0', '4.0'],
  ['3.3', '3.8'],
  ['3.2', '3.7'],
  ['3.1', '3.6'],
  ['3.0', '3.3'],
  ['2.9', '3.2'],
  ['2.8', '3.0'],
  ['2.7', '2.7'],
];

function springKafkaClientVersion(version: string | undefined): string | undefined {
  if (version === undefined) return undefined;
  return SPRING_KAFKA_CLIENTS.find(([spring]) => atLeast(version, spring))?.[1] ?? '2.6';
}

function label(client: Client | undefined): string {
  if (!client) return 'Java client default (no client declared)';
  const name = CLIENTS[client.name].short;
  return client.version ? `${name} ${client.version} default` : `${name} default (no version declared)`;
}

/** The producer defaults of a service's client. */
export function kafkaProducerDefaults(client: Client | undefined): ClientDefaults<ProducerDefaults> {
  const version = client?.version;
  const source = (url: string): SettingSource => ({ origin: 'client', label: label(client), url });
  switch (client?.name) {
    case 'librdkafka':
      return {
        values: {
          acks: 'all',
          'enable.idempotence': false,
          'max.in.flight.requests.per.connection': 1_000_000,
          retries: INT_MAX,
          'linger.ms': 5,
          'batch.size': 1_000_000,
          'compression.type': 'none',
          'delivery.timeout.ms': 300_000,
          'request.timeout.ms': 30_000,
          'max.request.size': 1_000_000,
          'transaction.timeout.ms': 60_000,
          'partitioner.ignore.keys': false,
        },
        source: source(DOCS.librdkafka),
      };
    case 'kafkajs':
      // maxInFlightRequests is unlimited (null) unless set; idempotent is false; retries: 5.
      return {
        values: {
          ...javaProducer(version),
          acks: 'all',
          'enable.idempotence': false,
          'max.in.flight.requests.per.connection': INT_MAX,
          retries: 5,
          'linger.ms': 0,
        },
        source: source(DOCS.kafkajsProducer),
      };
    case 'kafka-streams':
      // StreamsConfig's producer overrides: linger.ms=100 (at-least-once processing).
      return { values: { ...javaProducer(version), 'linger.ms': 100 }, source: source(DOCS.streams) };
    case 'kafka-connect':
      // The worker's source-task producer overrides (Worker.java): no reordering, no give-up.
      return {
        values: { ...javaProducer(version), acks: 'all', 'max.in.flight.requests.per.connection': 1, 'delivery.timeout.ms': INT_MAX },
        source: source(DOCS.connect),
      };
    case 'spring-kafka':
      return { values: javaProducer(springKafkaClientVersion(version)), source: source(DOCS.producer) };
    default:
      return { values: javaProducer(version), source: source(DOCS.producer) };
  }
}

/** The consumer defaults of a group's client. */
export function kafkaConsumerDefaults(client: Client | undefined): ClientDefaults<ConsumerDefaults> {
  const version = client?.version;
  const source = (url: string): SettingSource => ({ origin: 'client', label: label(client), url });
  switch (client?.name) {
    case 'librdkafka':
      return {
        values: {
          ...javaConsumer(version),
          'isolation.level': 'read_committed',
          'partition.assignment.strategy': 'range,roundrobin',
          'session.timeout.ms': 45_000,
          'max.partition.fetch.bytes': 1_048_576,
        },
        source: source(DOCS.librdkafka),
      };
    case 'kafkajs':
      // autoCommit: true, fromBeginning: false, readUncommitted: false, sessionTimeout: 30000, round robin assignment.
      return {
        values: {
          ...javaConsumer(version),
          'isolation.level': 'read_committed',
          'partition.assignment.strategy': 'roundrobin',
          'session.timeout.ms': 30_000,
        },
        source: source(DOCS.kafkajsConsumer),
      };
    case 'kafka-streams':
      // StreamsConfig's consumer overrides: the application commits, and a new application reads from the start.
      return {
        values: { ...javaConsumer(version), 'enable.auto.commit': false, 'auto.offset.reset': 'earliest', 'max.poll.records': 1_000 },
        source: source(DOCS.streams),
      };
    case 'kafka-connect':
      // A sink task's consumer: offsets are committed by the framework after put(), and a new connector reads from the start.
      return { values: { ...javaConsumer(version), 'enable.auto.commit': false, 'auto.offset.reset': 'earliest' }, source: source(DOCS.connect) };
    case 'spring-kafka':
      // Since 2.3 the listener container sets enable.auto.commit=false unless it is set, and commits after the listener returns.
      return { values: { ...javaConsumer(springKafkaClientVersion(version)), 'enable.auto.commit': false }, source: source(DOCS.springKafka) };
    default:
      return { values: javaConsumer(version), source: source(DOCS.consumer) };
  }
}
