import { z } from 'zod';
import { baseNodeFields, durationSchema } from '../fields';
import { clientSchema } from '../client';
import { requirementsOverrideSchema } from '../requirements';
import { rect } from './icon';
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
 * Kafka producer settings, by their Kafka names. A setting left unset takes
 * the default of the producer's client and version (see lib/brokers/kafka);
 * keys this schema does not type are kept, and the review reports the ones
 * no Kafka producer knows.
 */
export const kafkaProducerConfigSchema = z.looseObject({
  acks: z
    .preprocess((v) => (typeof v === 'number' ? String(v) : v), z.enum(['all', '-1', '0', '1']))
    .optional()
    .meta({ description: 'Acknowledgements the leader waits for (Java client ≥ 3.0: all; before: 1)' }),
  'enable.idempotence': z.boolean().optional().meta({ description: 'Idempotent producer (Java client ≥ 3.0: true, unless other settings conflict)' }),
  'max.in.flight.requests.per.connection': z.number().int().min(1).optional().meta({ description: 'Java client default: 5' }),
  retries: z.number().int().min(0).optional().meta({ description: 'Kafka default: 2147483647' }),
  'linger.ms': z.number().int().min(0).optional().meta({ description: 'Java client default: 5 (0 before 4.0)' }),
  'batch.size': z.number().int().min(0).optional().meta({ description: 'Kafka default: 16384' }),
  'compression.type': z.enum(['none', 'gzip', 'snappy', 'lz4', 'zstd']).optional().meta({ description: 'Kafka default: none' }),
  'transactional.id': z.string().min(1).max(249).optional().meta({ description: 'Set for transactional (exactly-once) producers' }),
  'delivery.timeout.ms': z.number().int().min(0).optional().meta({ description: 'Kafka default: 120000' }),
  'request.timeout.ms': z.number().int().min(0).optional().meta({ description: 'Kafka default: 30000' }),
  'max.request.size': z.number().int().min(1).optional().meta({ description: 'Kafka default: 1048576' }),
  'transaction.timeout.ms': z.number().int().min(1).optional().meta({ description: 'Kafka default: 60000' }),
  'partitioner.ignore.keys': z.boolean().optional().meta({ description: 'Kafka default: false' }),
});

export const producer = defineKind({
  kind: 'producer',
  label: 'Producer',
  description: 'A service that publishes messages.',
  look: { color: '#4c6ef5', shape: 'service', group: 'Services', icon: [rect(1.5, 3, 7, 10, 2), 'M8.5 8h6M12 5.5 14.5 8 12 10.5'] },
  clusterBrokers: [],
  channel: 'none',
  schema: z.object({
    kind: z.literal('producer'),
    ...baseNodeFields,
    instances: z.number().int().min(1).max(100_000).default(1),
    publishRate: z.number().min(0).default(100).meta({ description: 'Messages per second this service publishes' }),
    messageSizeBytes: z.number().int().min(1).default(1024),
    keyStrategy: z.enum(['none', 'entity-id', 'random']).default('entity-id').meta({
      description: 'How the message key (Kafka key, SQS group id, Pub/Sub ordering key) is chosen',
    }),
    traffic: z
      .object({
        pattern: z.enum(['steady', 'daily']).default('steady').meta({ description: "Steady at the publish rate, or a daily curve around it (the publish rate is then the day's mean)" }),
        peakToTrough: z.number().min(1).max(1000).default(3).meta({ description: 'Daily curve: the busiest rate over the quietest' }),
        peakHour: z.number().min(0).max(24).default(12).meta({ description: 'Daily curve: the hour (UTC) the rate peaks at' }),
      })
      .optional()
      .meta({ description: 'How the publish rate moves over the day (unset: steady); capacity is sized for the peak' }),
    retryHorizon: durationSchema.optional().meta({ description: 'How long the producer keeps retrying a failed publish' }),
    requirements: requirementsOverrideSchema.default({}).meta({ description: 'Overrides of the design requirements for flows this producer starts' }),
    client: clientSchema.optional().meta({ description: 'Client library and version; unset settings take its defaults' }),
    kafka: kafkaProducerConfigSchema.default({}),
    rabbitmq: z
      .object({
        confirms: z.boolean().optional().meta({ description: 'Publisher confirms (AMQP clients: off unless enabled)' }),
        mandatory: z.boolean().optional().meta({ description: 'Mandatory flag: unroutable messages are returned (default: off)' }),
        persistent: z.boolean().optional().meta({ description: 'delivery_mode=2 (AMQP clients: transient unless set)' }),
        channels: z.number().int().min(1).default(1).meta({ description: 'Publishing channels per instance' }),
        priority: z.boolean().default(false).meta({ description: 'Publishes with message priorities' }),
      })
      .default({ channels: 1, priority: false }),
    nats: z
      .object({
        jetstreamPublish: z.boolean().default(true).meta({ description: 'Publishes through JetStream and checks the ack' }),
        msgIdHeader: z.boolean().default(true).meta({ description: 'Sets Nats-Msg-Id for de-duplication' }),
      })
      .default({ jetstreamPublish: true, msgIdHeader: true }),
    sqs: z
      .object({
        messageGroupId: z.enum(['entity-id', 'constant', 'none']).default('entity-id').meta({ description: 'MessageGroupId for FIFO targets' }),
        deduplicationId: z.boolean().default(false).meta({ description: 'Sends MessageDeduplicationId' }),
      })
      .default({ messageGroupId: 'entity-id', deduplicationId: false }),
    pubsub: z
      .object({
        endpoint: z
          .enum(['global', 'regional'])
          .optional()
          .meta({ description: 'Pub/Sub endpoint: global (pubsub.googleapis.com, nearest region) or regional (e.g. europe-west1-pubsub.googleapis.com); client default: global' }),
      })
      // Optional rather than defaulted, so designs that never meet Pub/Sub carry no empty group.
      .optional(),
    artemis: z
      .object({
        messageGroupId: z.enum(['entity-id', 'none']).default('none').meta({ description: "JMSXGroupID (Artemis message groups): 'entity-id' pins each entity's messages to one consumer, in order" }),
      })
      .default({ messageGroupId: 'none' }),
  }),
  // A command handler appends to an event store as it would publish to a channel.
  outgoing: { publish: [...CHANNELS, 'event-store'] },
  recommendedByBroker: {
    // Java clients before 3.0 default to acks=1 without idempotence, and 3.x turns idempotence off silently on a conflict: pin both.
    kafka: { kafka: { acks: 'all', 'enable.idempotence': true } },
    rabbitmq: { rabbitmq: { confirms: true, persistent: true } },
  },
});
export type ProducerNode = z.infer<typeof producer.schema>;
