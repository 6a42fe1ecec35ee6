import { z } from 'zod';
import { baseNodeFields, durationSchema } from '../fields';
import { clientSchema } from '../client';
import { consumerRequirementsSchema } from '../requirements';
import { circle } from './icon';
import { defineKind } from './kind';

const CHANNELS = [
  'kafka-topic',
  'rabbitmq-exchange',
  'rabbitmq-queue',
  'nats-stream',
  'sqs-queue',
  'sns-topic',
  'pubsub-topic',
  'artemis-address',
  'pulsar-topic',
  'servicebus-queue',
  'servicebus-topic',
] as const;

/**
 * Kafka consumer settings, by their Kafka names. Unset settings take the
 * defaults of the group's client and version (see lib/brokers/kafka); keys
 * this schema does not type are kept, and the review reports unknown ones.
 */
export const kafkaConsumerConfigSchema = z.looseObject({
  'enable.auto.commit': z.boolean().optional().meta({ description: 'Java client default: true (Spring for Apache Kafka: false). Off = offsets committed by the application' }),
  'auto.offset.reset': z.enum(['earliest', 'latest', 'none']).optional().meta({ description: 'Java client default: latest (Kafka Streams: earliest)' }),
  'isolation.level': z.enum(['read_uncommitted', 'read_committed']).optional().meta({ description: 'Java client default: read_uncommitted' }),
  'partition.assignment.strategy': z
    .enum(['range', 'roundrobin', 'sticky', 'cooperative-sticky', 'range,cooperative-sticky', 'range,roundrobin'])
    .optional()
    .meta({ description: 'Kafka default: range,cooperative-sticky' }),
  'group.protocol': z.enum(['classic', 'consumer']).optional(),
  'group.remote.assignor': z.string().max(200).optional(),
  'max.poll.records': z.number().int().min(1).optional().meta({ description: 'Kafka default: 500' }),
  'max.poll.interval.ms': z.number().int().min(1).optional().meta({ description: 'Kafka default: 300000' }),
  'session.timeout.ms': z.number().int().min(1).optional().meta({ description: 'Kafka default: 45000' }),
  'heartbeat.interval.ms': z.number().int().min(1).optional().meta({ description: 'Kafka default: 3000' }),
  'max.partition.fetch.bytes': z.number().int().min(0).optional(),
});

/** JetStream consumer settings, by the server's names. Unset settings take the server's defaults. */
export const natsConsumerConfigSchema = z.object({
  durable: z.boolean().default(true).meta({ description: 'Durable consumer (persisted state)' }),
  ack_policy: z.enum(['explicit', 'all', 'none']).optional().meta({ description: 'NATS clients default: explicit' }),
  ack_wait: durationSchema.optional().meta({ description: 'Server default: 30s' }),
  max_deliver: z.number().int().min(-1).optional().meta({ description: 'Server default: -1 (redeliver forever)' }),
  backoff: z.array(durationSchema).max(100).default([]),
  max_ack_pending: z.number().int().min(-1).optional().meta({ description: 'Server default: 1000' }),
  filter_subjects: z.array(z.string().min(1).max(255)).max(1000).default([]),
  deliver_group: z.string().max(255).optional(),
  deliver_subject: z.string().min(1).max(255).optional().meta({ description: 'Push consumer: where messages are delivered (pull consumer when unset and no deliver_group)' }),
  ackSync: z.boolean().default(false).meta({ description: 'Acks with AckSync (double ack) for exactly-once' }),
  maxDeliveriesAdvisory: z.boolean().default(false).meta({ description: 'Something handles the MAX_DELIVERIES advisory (dead letters)' }),
  inProgressAcks: z.boolean().default(false).meta({ description: 'Sends in-progress acks (+WPI) while a long message is processed, which resets ack_wait' }),
});

export const consumerGroup = defineKind({
  kind: 'consumer-group',
  label: 'Consumer group',
  description: 'A service that consumes messages; it may publish too (stream processor).',
  look: {
    color: '#7048e8',
    shape: 'service',
    group: 'Services',
    icon: [circle(5.5, 5.5, 2), circle(11, 5.5, 2), 'M2 13c0-2.2 1.6-3.5 3.5-3.5S9 10.8 9 13M8.5 10c.6-.3 1.5-.5 2.5-.5 1.9 0 3.5 1.3 3.5 3.5'],
  },
  clusterBrokers: [],
  channel: 'none',
  schema: z.object({
    kind: z.literal('consumer-group'),
    ...baseNodeFields,
    groupId: z.string().max(255).optional().meta({ description: 'Kafka group.id / durable name; the node id when empty' }),
    requirements: consumerRequirementsSchema.default({}).meta({ description: "This consumer's own needs; unset ones are inherited from the flows it reads" }),
    client: clientSchema.optional().meta({ description: 'Client library and version; unset settings take its defaults' }),
    lifecycle: z.enum(['service', 'ephemeral']).default('service').meta({ description: 'A long-lived service, or an ephemeral reader (a UI, a tail, an ad-hoc query) that comes and goes' }),
    startsBeforePublishers: z.boolean().optional().meta({ description: 'Its subscription (queue, durable consumer, SNS subscription) exists before publishers start' }),
    instances: z.number().int().min(1).max(100_000).default(1),
    standbyInstances: z.number().int().min(0).max(100_000).default(0).meta({ description: 'Of the instances, how many are hot standbys that wait idle by design' }),
    concurrency: z.number().int().min(1).max(10_000).default(1).meta({ description: 'Parallel handlers per instance' }),
    processingMsP50: z.number().min(0).default(20),
    processingMsP99: z.number().min(0).default(200),
    ackMode: z.enum(['auto', 'manual']).default('manual'),
    prefetch: z.number().int().min(0).optional().meta({ description: 'RabbitMQ prefetch (basic.qos); 0 = unlimited (AMQP clients default: unlimited; Spring AMQP: 250)' }),
    commitAfterProcessing: z.boolean().default(true).meta({ description: 'Offsets / acks only after the handler succeeded' }),
    asyncProcessing: z.boolean().default(false).meta({ description: 'Hands messages to a thread pool and returns to poll' }),
    idempotent: z.boolean().default(false).meta({ description: 'The handler tolerates duplicates (dedup key or upsert)' }),
    dedupKey: z.string().min(1).max(200).optional().meta({ description: 'The message field or header the handler de-duplicates on' }),
    lagAlert: z.boolean().default(false).meta({ description: 'Consumer lag is monitored and alerts' }),
    lagAlertSeconds: z.number().int().min(1).max(31_536_000).optional().meta({ description: 'The lag alert fires when the oldest unprocessed message is older than this (seconds)' }),
    retry: z
      .object({
        maxRetries: z.number().int().min(0).max(1000).default(3),
        backoff: z
          .array(z.string().regex(/^\d+(\.\d+)?(ms|s|m|h)$/, 'e.g. 1s, 10s, 60s'))
          .max(100)
          .default(['1s', '10s', '60s']),
      })
      .default({ maxRetries: 3, backoff: ['1s', '10s', '60s'] }),
    kafka: kafkaConsumerConfigSchema.default({}),
    rabbitmq: z
      .object({
        globalQos: z.boolean().default(false),
        requeueOnError: z.boolean().default(false).meta({ description: 'nack with requeue=true on failure' }),
        basicGet: z.boolean().default(false).meta({ description: 'Polls with basic.get instead of consuming' }),
      })
      .default({ globalQos: false, requeueOnError: false, basicGet: false }),
    nats: natsConsumerConfigSchema.default({ durable: true, backoff: [], filter_subjects: [], ackSync: false, maxDeliveriesAdvisory: false, inProgressAcks: false }),
    lambdaTimeoutSeconds: z.number().int().min(1).max(900).optional().meta({ description: 'Set when the consumer is an AWS Lambda function' }),
  }),
  // It may also append to an event store (a command handler) or write a projection's read model.
  outgoing: { publish: [...CHANNELS, 'event-store', 'projection'], 'dead-letter': ['kafka-topic', 'rabbitmq-exchange', 'nats-stream', 'sqs-queue', 'pubsub-topic', 'servicebus-queue'] },
  recommendedByBroker: {
    kafka: { kafka: { 'enable.auto.commit': false, 'auto.offset.reset': 'earliest' } },
    rabbitmq: { prefetch: 100 },
    nats: { nats: { max_deliver: 5 } },
  },
});
export type ConsumerGroupNode = z.infer<typeof consumerGroup.schema>;
