import { z } from 'zod';
import { idSchema, notesSchema } from './fields';

/** Kafka's ACL operations (AclOperation), as Strimzi and kafka-acls.sh spell them. */
export const KAFKA_ACL_OPERATIONS = ['Read', 'Write', 'Create', 'Delete', 'Alter', 'Describe', 'ClusterAction', 'AlterConfigs', 'DescribeConfigs', 'IdempotentWrite', 'All'] as const;

/**
 * One ACL rule of a principal, as Strimzi's KafkaUser writes it: allow or
 * deny some operations on a topic, group, transactional id or the cluster,
 * named literally or by prefix (`*` is every name).
 */
export const kafkaAclSchema = z.object({
  type: z.enum(['allow', 'deny']).default('allow'),
  resource: z.object({
    type: z.enum(['topic', 'group', 'transactionalId', 'cluster']),
    /** Unset for the cluster resource, which has no name. */
    name: z.string().min(1).max(1000).optional(),
    patternType: z.enum(['literal', 'prefix']).default('literal'),
  }),
  operations: z.array(z.enum(KAFKA_ACL_OPERATIONS)).min(1).max(KAFKA_ACL_OPERATIONS.length),
  host: z.string().min(1).max(255).optional().meta({ description: 'The host the rule is for (Kafka default: *, every host)' }),
});
export type KafkaAcl = z.infer<typeof kafkaAclSchema>;

/**
 * A Kafka principal (user) of a cluster: how it authenticates and what its
 * ACLs allow or deny, as declared (a Strimzi KafkaUser). When it is one of the
 * design's services, `service` names that producer or consumer group; its
 * connections then say what it does, and its ACLs what it may do.
 */
export const kafkaPrincipalSchema = z.object({
  name: z.string().min(1).max(253).meta({ description: "The user name (principal User:<name>; a KafkaUser's metadata.name)" }),
  service: idSchema.optional().meta({ description: 'Id of the producer or consumer group that runs as this principal' }),
  authentication: z.enum(['tls', 'tls-external', 'scram-sha-512']).optional().meta({ description: "How the user authenticates (Strimzi's types); unset when the declaration says none" }),
  acls: z.array(kafkaAclSchema).max(10_000).optional().meta({ description: 'Simple authorization rules; unset when the declaration has no authorization' }),
  quotas: z
    .partialRecord(z.enum(['producerByteRate', 'consumerByteRate', 'requestPercentage', 'controllerMutationRate']), z.number().min(0))
    .optional()
    .meta({ description: "Client quotas, by Strimzi's names" }),
  notes: notesSchema.optional(),
});
export type KafkaPrincipal = z.infer<typeof kafkaPrincipalSchema>;
