import { z } from 'zod';
import { baseNodeFields, durationSchema } from '../fields';
import { clientSchema } from '../client';
import { requirementsOverrideSchema } from '../requirements';
import { rect } from './icon';
import { defineKind } from './kind';

/**
 * Kafka producer settings, by their Kafka names. A setting left unset takes
 * the default of the producer's client and version (see lib/brokers/kafka);
 * keys this schema does not type are kept, and the review reports the ones
 * no Kafka producer knows.
 */
export const kafkaProducerConfigSchema = z.looseObject({
  acks: z.preprocess((v) => (typeof v === 'number' ? String(v) : v), z.enum(['all', '-1', '0', '1'])).optional(),
  'enable.idempotence': z.boolean().optional(),
  'max.in.flight.requests.per.connection': z.number().int().min(1).optional(),
  retries: z.number().int().min(0).optional(),
  'linger.ms': z.number().int().min(0).optional(),
  'batch.size': z.number().int().min(0).optional(),
  'compression.type': z.enum(['none', 'gzip', 'snappy', 'lz4', 'zstd']).optional(),
  'transactional.id': z.string().min(1).max(249).optional(),
  'delivery.timeout.ms': z.number().int().min(0).optional(),
  'request.timeout.ms': z.number().int().min(0).optional(),
  'max.request.size': z.number().int().min(1).optional(),
  'transaction.timeout.ms': z.number().int().min(1).optional(),
  'partitioner.ignore.keys': z.boolean().optional(),
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
    publishRate: z.number().min(0).default(100),
    messageSizeBytes: z.number().int().min(1).default(1024),
    keyStrategy: z.enum(['none', 'entity-id', 'random']).default('entity-id'),
    traffic: z
      .object({
        pattern: z.enum(['steady', 'daily']).default('steady'),
        peakToTrough: z.number().min(1).max(1000).default(3),
        peakHour: z.number().min(0).max(24).default(12),
      })
      .optional(),
    retryHorizon: durationSchema.optional(),
    requirements: requirementsOverrideSchema.default({}),
    client: clientSchema.optional(),
    kafka: kafkaProducerConfigSchema.default({}),
    rabbitmq: z
      .object({
        confirms: z.boolean().optional(),
        mandatory: z.boolean().optional(),
        persistent: z.boolean().optional(),
        channels: z.number().int().min(1).default(1),
        priority: z.boolean().default(false),
      })
      .default({ channels: 1, priority: false }),
    nats: z
      .object({
        jetstreamPublish: z.boolean().default(true),
        msgIdHeader: z.boolean().default(true),
      })
      .default({ jetstreamPublish: true, msgIdHeader: true }),
    sqs: z
      .object({
        messageGroupId: z.enum(['entity-id', 'constant', 'none']).default('entity-id'),
        deduplicationId: z.boolean().default(false),
      })
      .default({ messageGroupId: 'entity-id', deduplicationId: false }),
    pubsub: z
      .object({
        endpoint: z.enum(['global', 'regional']).optional(),
      })
      // Optional rather than defaulted, so designs that never meet Pub/Sub carry no empty group.
      .optional(),
    artemis: z
      .object({
        messageGroupId: z.enum(['entity-id', 'none']).default('none'),
      })
      .default({ messageGroupId: 'none' }),
  }),
  // It publishes to every channel whose kind says `servicesPublish` (service-targets.ts); a command handler also
  // appends to an event store as it would publish to a channel.
  outgoing: { publish: ['event-store'] },
  recommendedByBroker: {
    // Java clients before 3.0 default to acks=1 without idempotence, and 3.x turns idempotence off silently on a conflict: pin both.
    kafka: { kafka: { acks: 'all', 'enable.idempotence': true } },
    rabbitmq: { rabbitmq: { confirms: true, persistent: true } },
  },
});
export type ProducerNode = z.infer<typeof producer.schema>;
