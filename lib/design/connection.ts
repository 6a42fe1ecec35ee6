import { z } from 'zod';
import { idSchema, notesSchema } from './fields';

/**
 * What a connection means:
 * - `publish`: a service sends to a channel (topic, exchange, stream, queue, SNS topic);
 * - `consume`: a channel delivers to a consumer group;
 * - `bind`: a RabbitMQ exchange routes to a queue or exchange;
 * - `alternate`: an exchange's `alternate-exchange` for unroutable messages;
 * - `dead-letter`: where failed messages go (queue → DLX, SQS redrive, consumer → DLQ);
 * - `subscription`: an SNS topic delivers to an SQS queue.
 */
export const CONNECTION_KINDS = ['publish', 'consume', 'bind', 'alternate', 'dead-letter', 'subscription'] as const;
export const connectionKindSchema = z.enum(CONNECTION_KINDS);
export type ConnectionKind = z.infer<typeof connectionKindSchema>;

const headerValue = z.union([z.string().max(1000), z.number(), z.boolean()]);

export const connectionSchema = z.object({
  id: idSchema,
  kind: connectionKindSchema,
  from: idSchema,
  to: idSchema,
  routingKey: z.string().max(1000).optional(),
  routingKeys: z.array(z.string().max(1000)).min(1).max(1000).optional(),
  arguments: z.record(z.string().max(255), headerValue).optional(),
  subject: z.string().max(255).optional(),
  subjects: z.array(z.string().min(1).max(255)).min(1).max(1000).optional(),
  advisory: z.enum(['max-deliveries', 'msg-terminated']).optional(),
  protocol: z.enum(['lambda', 'http', 'https', 'email', 'sms', 'firehose', 'application']).optional(),
  maxReceiveCount: z.number().int().min(1).max(1000).optional(),
  filterPolicy: z.string().max(10_000).optional(),
  rawMessageDelivery: z.boolean().optional(),
  deadLetterQueue: idSchema.optional(),
  queuePolicyAllowsTopic: z.boolean().optional(),
  notes: notesSchema.optional(),
});
export type Connection = z.infer<typeof connectionSchema>;

/**
 * The routing keys (publish) or binding keys (bind) a connection stands for:
 * `routingKeys` when it lists several, else its single `routingKey`. One
 * publisher using two keys, or two bindings between one exchange and one
 * queue, is one connection with two keys.
 */
export function routingKeysOf(connection: Pick<Connection, 'routingKey' | 'routingKeys'>): string[] {
  const keys = connection.routingKeys ?? [];
  return connection.routingKey === undefined || keys.includes(connection.routingKey) ? [...keys] : [connection.routingKey, ...keys];
}

/** The NATS subjects a publish connection stands for: `subjects`, and its single `subject`. */
export function subjectsOf(connection: Pick<Connection, 'subject' | 'subjects'>): string[] {
  const subjects = connection.subjects ?? [];
  return connection.subject === undefined || subjects.includes(connection.subject) ? [...subjects] : [connection.subject, ...subjects];
}
