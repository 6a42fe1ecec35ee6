import { z } from 'zod';
import { PULSAR_BACKLOG_QUOTA_POLICIES, PULSAR_SCHEMA_COMPATIBILITY } from './pulsar-enums';
import { baseNodeFields, channelRoleSchema, messageSchemaSchema } from '../fields';
import { circle, rect } from './icon';
import { defineKind } from './kind';

/** Tenant, namespace and topic local names: Pulsar refuses '/' inside them, and the admin CLI splits on it. */
const pulsarName = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[-=:.\w]+$/, 'Letters, digits, and - _ = : . only');

/**
 * An Apache Pulsar topic, `{persistent|non-persistent}://tenant/namespace/name`,
 * with the namespace policies that govern it under their admin API names
 * (retention, message TTL, backlog quota, deduplication, schema compatibility,
 * tiered-storage offload). Topics of one namespace share its policies; where
 * two of them disagree, the export writes the difference as topic-level
 * policies. Its subscriptions are `subscription` connections to
 * `pulsar-subscription` nodes. Unset policies take the broker's defaults
 * (lib/brokers/pulsar/defaults.ts).
 */
export const pulsarTopic = defineKind({
  kind: 'pulsar-topic',
  label: 'Pulsar topic',
  description: 'Apache Pulsar: a topic in a tenant’s namespace, persistent or not, optionally partitioned; keeps messages for its subscriptions.',
  look: { color: '#188fff', shape: 'channel', group: 'Pulsar', icon: [rect(1.5, 4, 13, 8, 1.5), circle(5, 8, 1.2), circle(8, 8, 1.2), circle(11, 8, 1.2)] },
  broker: 'pulsar',
  clusterBrokers: ['pulsar'],
  channel: 'routes',
  schema: z.object({
    kind: z.literal('pulsar-topic'),
    ...baseNodeFields,
    tenant: pulsarName.default('public'),
    namespace: pulsarName.default('default'),
    persistence: z.enum(['persistent', 'non-persistent']).default('persistent'),
    partitions: z.number().int().min(0).max(10_000).default(0),
    retentionTimeInMinutes: z.number().int().min(-1).optional(),
    retentionSizeInMB: z.number().int().min(-1).optional(),
    messageTtlSeconds: z.number().int().min(0).optional(),
    backlogQuotaLimitBytes: z.number().int().min(-1).optional(),
    backlogQuotaLimitSeconds: z.number().int().min(-1).optional(),
    backlogQuotaPolicy: z.enum(PULSAR_BACKLOG_QUOTA_POLICIES).optional(),
    deduplication: z.boolean().optional(),
    schemaCompatibilityStrategy: z.enum(PULSAR_SCHEMA_COMPATIBILITY).optional(),
    offloadDriver: z.enum(['aws-s3', 'google-cloud-storage', 'azureblob', 'aliyun-oss', 'filesystem']).optional(),
    offloadThresholdBytes: z.number().int().min(-1).optional(),
    role: channelRoleSchema,
    messageSchema: messageSchemaSchema.default({ format: 'none', registry: false }),
  }),
  outgoing: { subscription: ['pulsar-subscription'] },
  servicesPublish: true,
});
export type PulsarTopicNode = z.infer<typeof pulsarTopic.schema>;

/** The topic's full name, as clients and pulsar-admin write it. */
export function pulsarTopicName(node: Pick<PulsarTopicNode, 'persistence' | 'tenant' | 'namespace' | 'name' | 'id'>): string {
  const local = /^[-=:.\w]+$/.test(node.name) ? node.name : node.id;
  return `${node.persistence}://${node.tenant}/${node.namespace}/${local}`;
}
