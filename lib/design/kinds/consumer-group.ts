import { z } from 'zod';
import { baseNodeFields, durationSchema } from '../fields';
import { clientSchema } from '../client';
import { consumerRequirementsSchema } from '../requirements';
import { circle } from './icon';
import { defineKind } from './kind';

/**
 * Kafka consumer settings, by their Kafka names. Unset settings take the
 * defaults of the group's client and version (see lib/brokers/kafka); keys
 * this schema does not type are kept, and the review reports unknown ones.
 */
export const kafkaConsumerConfigSchema = z.looseObject({
  'enable.auto.commit': z.boolean().optional(),
  'auto.offset.reset': z.enum(['earliest', 'latest', 'none']).optional(),
  'isolation.level': z.enum(['read_uncommitted', 'read_committed']).optional(),
  'partition.assignment.strategy': z.enum(['range', 'roundrobin', 'sticky', 'cooperative-sticky', 'range,cooperative-sticky', 'range,roundrobin']).optional(),
  'group.protocol': z.enum(['classic', 'consumer']).optional(),
  'group.remote.assignor': z.string().max(200).optional(),
  'max.poll.records': z.number().int().min(1).optional(),
  'max.poll.interval.ms': z.number().int().min(1).optional(),
  'session.timeout.ms': z.number().int().min(1).optional(),
  'heartbeat.interval.ms': z.number().int().min(1).optional(),
  'max.partition.fetch.bytes': z.number().int().min(0).optional(),
});

/** JetStream consumer settings, by the server's names. Unset settings take the server's defaults. */
export const natsConsumerConfigSchema = z.object({
  durable: z.boolean().default(true),
  ack_policy: z.enum(['explicit', 'all', 'none']).optional(),
  ack_wait: durationSchema.optional(),
  max_deliver: z.number().int().min(-1).optional(),
  backoff: z.array(durationSchema).max(100).default([]),
  max_ack_pending: z.number().int().min(-1).optional(),
  filter_subjects: z.array(z.string().min(1).max(255)).max(1000).default([]),
  deliver_group: z.string().max(255).optional(),
  deliver_subject: z.string().min(1).max(255).optional(),
  ackSync: z.boolean().default(false),
  maxDeliveriesAdvisory: z.boolean().default(false),
  inProgressAcks: z.boolean().default(false),
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
    groupId: z.string().max(255).optional(),
    requirements: consumerRequirementsSchema.default({}),
    client: clientSchema.optional(),
    lifecycle: z.enum(['service', 'ephemeral']).default('service'),
    startsBeforePublishers: z.boolean().optional(),
    instances: z.number().int().min(1).max(100_000).default(1),
    standbyInstances: z.number().int().min(0).max(100_000).default(0),
    concurrency: z.number().int().min(1).max(10_000).default(1),
    processingMsP50: z.number().min(0).default(20),
    processingMsP99: z.number().min(0).default(200),
    ackMode: z.enum(['auto', 'manual']).default('manual'),
    prefetch: z.number().int().min(0).optional(),
    commitAfterProcessing: z.boolean().default(true),
    asyncProcessing: z.boolean().default(false),
    idempotent: z.boolean().default(false),
    dedupKey: z.string().min(1).max(200).optional(),
    lagAlert: z.boolean().default(false),
    lagAlertSeconds: z.number().int().min(1).max(31_536_000).optional(),
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
        requeueOnError: z.boolean().default(false),
        basicGet: z.boolean().default(false),
      })
      .default({ globalQos: false, requeueOnError: false, basicGet: false }),
    nats: natsConsumerConfigSchema.default({ durable: true, backoff: [], filter_subjects: [], ackSync: false, maxDeliveriesAdvisory: false, inProgressAcks: false }),
    lambdaTimeoutSeconds: z.number().int().min(1).max(900).optional(),
  }),
  // It publishes to every channel whose kind says `servicesPublish` and dead-letters to every one that says
  // `takesDeadLettersFromConsumers` (service-targets.ts); it may also append to an event store (a command
  // handler) or write a projection's read model.
  outgoing: { publish: ['event-store', 'projection'] },
  recommendedByBroker: {
    kafka: { kafka: { 'enable.auto.commit': false, 'auto.offset.reset': 'earliest' } },
    rabbitmq: { prefetch: 100 },
    nats: { nats: { max_deliver: 5 } },
  },
});
export type ConsumerGroupNode = z.infer<typeof consumerGroup.schema>;
