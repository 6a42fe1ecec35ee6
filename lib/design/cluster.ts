import { z } from 'zod';
import { idSchema, nameSchema, notesSchema } from './fields';
import { kafkaPrincipalSchema } from './kafka-principal';
import { rabbitmqPolicySchema } from './rabbitmq-policy';

export const brokerSchema = z.enum(['kafka', 'redpanda', 'rabbitmq', 'nats', 'sqs-sns', 'pulsar', 'pubsub', 'artemis', 'servicebus']);
export type Broker = z.infer<typeof brokerSchema>;

/** What the studio calls a cluster of each broker it creates or infers (share links leave this name out). */
export const CLUSTER_NAMES: Record<Broker, string> = {
  kafka: 'Kafka',
  redpanda: 'Redpanda',
  rabbitmq: 'RabbitMQ',
  nats: 'NATS',
  'sqs-sns': 'AWS',
  pulsar: 'Pulsar',
  pubsub: 'Google Cloud',
  artemis: 'Artemis',
  servicebus: 'Azure Service Bus',
};

/** A broker cluster that nodes live on. Broker-level settings keep the broker's own names. */
export const clusterSchema = z.object({
  id: idSchema,
  name: nameSchema,
  broker: brokerSchema,
  version: z.string().max(50).optional().meta({ description: 'Broker version, e.g. 4.1 for Kafka or 3.13 for RabbitMQ' }),
  nodes: z.number().int().min(1).max(1000).default(3).meta({ description: 'Brokers / nodes / servers in the cluster' }),
  racks: z.number().int().min(1).max(100).default(3).meta({ description: 'Racks or availability zones the nodes are spread over' }),
  brokerDiskGiB: z.number().int().min(1).max(1_000_000).optional().meta({ description: 'Disk for message data on each broker node, in GiB (unset: not judged)' }),
  environment: z.enum(['production', 'staging', 'development']).default('production'),
  config: z
    .record(z.string().max(200), z.union([z.string().max(1000), z.number(), z.boolean()]))
    .default({})
    .meta({ description: 'Broker-level settings by their broker names, e.g. auto.create.topics.enable, message.max.bytes' }),
  policies: z.array(rabbitmqPolicySchema).max(10_000).optional().meta({ description: 'RabbitMQ policies by pattern, as declared' }),
  principals: z.array(kafkaPrincipalSchema).max(10_000).optional().meta({ description: 'Kafka users: authentication and ACLs, as declared' }),
  notes: notesSchema.optional(),
});
export type Cluster = z.infer<typeof clusterSchema>;

/** A cluster's fields that only one broker reads: RabbitMQ's policies, Kafka's users and ACLs. */
const CLUSTER_BROKER_FIELDS: Readonly<Record<'policies' | 'principals', Broker>> = { policies: 'rabbitmq', principals: 'kafka' };

/** The fields of a cluster of `broker` the inspector leaves out (a value already there stays, and is shown). */
export function clusterFieldsHidden(cluster: Pick<Cluster, 'broker' | 'policies' | 'principals'>): string[] {
  return (Object.keys(CLUSTER_BROKER_FIELDS) as Array<keyof typeof CLUSTER_BROKER_FIELDS>).filter((field) => CLUSTER_BROKER_FIELDS[field] !== cluster.broker && !cluster[field]?.length);
}
