import type { ResolvedDesign } from '../brokers/resolved-design';
import type { Broker } from '../design';
import type { Headers } from '../rabbitmq/routing';
import type { Lognormal } from './lognormal';

/**
 * The design compiled into what the engine runs: emitters (a producer's
 * publish connection, or a consumer's onward publish), stations (a queue of
 * messages and the consumer threads that drain it) and the links between
 * them. Every setting comes from the resolved design (lib/brokers/resolve),
 * and RabbitMQ routing from lib/rabbitmq, computed once here so that the
 * engine's inner loop only follows integer indexes.
 *
 * What a station is, per family:
 * - Kafka topic × consumer group: one lane per consumer thread, a partition
 *   always in the same lane (order per partition), threads = min(partitions,
 *   active instances × concurrency);
 * - RabbitMQ queue, SQS standard queue, SNS direct subscriber: one shared
 *   FIFO, every thread of every consumer group competes for it;
 * - SQS FIFO queue: one lane per thread, a message group always in one lane;
 * - JetStream stream × consumer: one shared FIFO per consumer, threads capped
 *   at max_ack_pending;
 * - Artemis queue, Service Bus queue or subscription, Pub/Sub subscription,
 *   Pulsar Shared subscription: one shared FIFO its groups compete for (a lane
 *   per thread where order is kept: Service Bus sessions, Pub/Sub ordering
 *   keys, Pulsar Exclusive, Failover and Key_Shared).
 * Each family's stations, publish targets, dead-letter links and redelivery
 * are in its own module (compile-<broker>.ts), listed in sim-brokers.ts.
 */

/**
 * The brokers as the simulation tells them apart: each of `brokerSchema`,
 * with SQS queues and SNS topics apart (they deliver differently) and
 * Redpanda as Kafka (the same kinds). A new broker is a new family, which
 * SIM_BROKERS (sim-brokers.ts) must describe before the code compiles.
 */
export type Family = Exclude<Broker, 'redpanda' | 'sqs-sns'> | 'sqs' | 'sns';

export interface ConsumerSpec {
  id: string;
  name: string;
  activeInstances: number;
  concurrency: number;
  processing: Lognormal;
  maxRetries: number;
  backoffUs: number[];
  /** Kafka: a crash loses in-flight records (offsets committed before processing). */
  commitsBeforeProcessing: boolean;
  autoAck: boolean;
  requeueOnError: boolean;
  sessionTimeoutUs: number;
  /** Emitters for the consumer's onward publishes (a stream processor). */
  relays: number[];
  /** The consumer's own dead-letter publish, or -1. */
  deadLetter: number;
}

export interface StationSpec {
  id: string;
  /** The channel node and the consumer(s) this station stands for. */
  channelId: string;
  channelName: string;
  family: Family;
  /** The channel's declared role: retry and dead-letter channels are where failures go, not onward paths. */
  role: 'normal' | 'retry' | 'dead-letter';
  consumers: number[];
  label: string;
  /** Lanes are per thread (Kafka, SQS FIFO) rather than one shared FIFO. */
  laned: boolean;
  /** Threads: per server, the consumer index and its instance number. */
  serverConsumer: number[];
  serverInstance: number[];
  /** Expiry of a waiting message in µs (TTL, retention, max_age); Infinity for none. */
  expiryUs: number;
  /** Whether expiry is measured from the moment the message entered this queue (RabbitMQ TTL) or its publish. */
  expiryFromEnqueue: boolean;
  maxLength: number;
  maxLengthBytes: number;
  overflow: 'drop-head' | 'reject-publish' | 'reject-publish-dlx';
  /** RabbitMQ quorum delivery limit; Infinity when unlimited. */
  deliveryLimit: number;
  /** NATS ack wait / SQS visibility timeout / Pub/Sub ack deadline / Service Bus lock / Pulsar ack timeout in µs: a delivery not acked by then is delivered again. Infinity when none. */
  redeliverAfterUs: number;
  /** NATS max_deliver, SQS maxReceiveCount of the redrive, Artemis max-delivery-attempts, Pub/Sub maxDeliveryAttempts, Service Bus maxDeliveryCount, Pulsar maxRedeliverCount + 1; Infinity when unlimited. */
  maxDeliveries: number;
  /** Delay before the n-th redelivery of a failed message (the last repeats), µs: NATS backoff, Artemis redelivery delays, Pub/Sub retry policy, Pulsar negative-ack delay; empty: redeliverAfterUs. */
  redeliveryBackoffUs: number[];
  /** Where a message goes after maxDeliveries: SQS redrive, Artemis dead-letter address, Pub/Sub dead-letter topic, Pulsar DLQ topic, Service Bus forwarded dead letters (their stations). */
  redrive: number[];
  /** Where a message goes after maxDeliveries when `redrive` is empty, in words (a dead-letter queue the design does not draw: Service Bus $DeadLetterQueue, Pulsar's {topic}-{subscription}-DLQ); empty: it is removed. */
  deadLetterElsewhere?: string;
  /** Delay before a message becomes visible (SQS DelaySeconds), µs. */
  delayUs: number;
  /** For the broker-loss scenario. */
  replicas: number;
  queueType?: string;
  clusterNodes: number;
}

export interface EmitterSpec {
  /** The publishing node and connection. */
  fromId: string;
  connectionId: string;
  channelId: string;
  family: Family;
  label: string;
  /** Messages per second (producers: the day's mean); 0 for relays. */
  ratePerSecond: number;
  /** The producer's daily curve (lib/capacity/traffic-curve.ts): amplitude (0: steady) and busiest hour, UTC. */
  dailyAmplitude: number;
  peakHour: number;
  sizeBytes: number;
  keyStrategy: 'none' | 'entity-id' | 'random';
  /** SQS FIFO: every message in one group. */
  constantGroup: boolean;
  targets: number[];
  /** Kafka partitions of the target topic (elsewhere 2^31 − 1: the key is kept whole). */
  partitions: number;
  acks: 'all' | '-1' | '0' | '1' | 'n/a';
  minInsyncReplicas: number;
  replicationFactor: number;
  clusterNodes: number;
  deliveryTimeoutUs: number;
  /** RabbitMQ routing keys and headers, for dead lettering. */
  routingKeys: string[];
  headers?: Headers;
}

export interface Network {
  design: ResolvedDesign;
  emitters: EmitterSpec[];
  stations: StationSpec[];
  consumers: ConsumerSpec[];
  /** Lazily computed RabbitMQ dead-letter targets of a queue station for a message's routing keys (by emitter). */
  rabbitDeadLetterTargets(station: number, emitter: number): number[];
  /** What this compile could not model, in words (each once). */
  notes: string[];
}
