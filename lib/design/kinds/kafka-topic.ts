import { z } from 'zod';
import { baseNodeFields, channelRoleSchema, messageSchemaSchema } from '../fields';
import { defineKind } from './kind';

/**
 * Long.MAX_VALUE, Kafka's own default for max.compaction.lag.ms ("no limit").
 * A JavaScript number cannot hold it (JSON and YAML readers give 2^63), so the
 * design keeps it as this text, and reads 2^63 as it.
 */
export const KAFKA_LONG_MAX = '9223372036854775807';

/**
 * Topic-level configs by their Kafka names (LogConfig). Unset means the
 * cluster's setting (its `config`) or the broker's default; keys this schema
 * does not type are kept, and the review reports unknown ones.
 */
export const kafkaTopicConfigSchema = z.looseObject({
  'min.insync.replicas': z.number().int().min(1).optional(),
  'cleanup.policy': z.enum(['delete', 'compact', 'compact,delete']).optional(),
  'retention.ms': z.number().int().min(-1).optional(),
  'retention.bytes': z.number().int().min(-1).optional(),
  'max.message.bytes': z.number().int().min(0).optional(),
  'compression.type': z.enum(['producer', 'uncompressed', 'gzip', 'snappy', 'lz4', 'zstd']).optional(),
  'unclean.leader.election.enable': z.boolean().optional(),
  'min.compaction.lag.ms': z.number().int().min(0).optional(),
  'max.compaction.lag.ms': z.preprocess((v) => (v === 2 ** 63 ? KAFKA_LONG_MAX : v), z.union([z.number().int().min(1), z.literal(KAFKA_LONG_MAX)])).optional(),
  'delete.retention.ms': z.number().int().min(0).optional(),
  'segment.ms': z.number().int().min(1).optional(),
  'segment.bytes': z.number().int().min(14).optional(),
  'flush.messages': z.number().int().min(1).optional(),
  'flush.ms': z.number().int().min(0).optional(),
  'remote.storage.enable': z.boolean().optional(),
  'local.retention.ms': z.number().int().min(-2).optional(),
  'local.retention.bytes': z.number().int().min(-2).optional(),
});

export const kafkaTopic = defineKind({
  kind: 'kafka-topic',
  label: 'Kafka topic',
  description: 'A partitioned, replicated log.',
  look: { color: '#495057', shape: 'channel', group: 'Kafka', icon: ['M2 4h12M2 8h12M2 12h12', 'M5 2.5v3M9 6.5v3M12 10.5v3'] },
  broker: 'kafka',
  clusterBrokers: ['kafka', 'redpanda'],
  channel: 'stores',
  schema: z.object({
    kind: z.literal('kafka-topic'),
    ...baseNodeFields,
    partitions: z.number().int().min(1).max(100_000).optional(),
    replicationFactor: z.number().int().min(1).max(100).optional(),
    plannedPartitions: z.number().int().min(1).max(100_000).optional(),
    placement: z.enum(['any', 'balanced-leaders', 'in-rack', 'cross-rack', 'static', 'static-in-rack']).optional(),
    placementPicker: z.enum(['randomized', 'cluster-use', 'lowest-index']).optional(),
    staticAssignments: z
      .array(z.array(z.number().int().min(0).max(2_147_483_647)).min(1).max(100))
      .max(100_000)
      .optional(),
    staticRackAssignments: z.array(z.string().min(1).max(255)).max(100_000).optional(),
    config: kafkaTopicConfigSchema.default({}),
    role: channelRoleSchema,
    messageSchema: messageSchemaSchema.default({ format: 'none', registry: false }),
    depthAlert: z.boolean().default(false),
    depthAlertMessages: z.number().int().min(0).max(1_000_000_000).optional(),
  }),
  outgoing: { consume: ['consumer-group', 'connect-sink'] },
  servicesPublish: true,
  takesDeadLettersFromConsumers: true,
  recommended: { partitions: 6, replicationFactor: 3, config: { 'min.insync.replicas': 2 } },
});
export type KafkaTopicNode = z.infer<typeof kafkaTopic.schema>;
