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
  routingKey: z.string().max(1000).optional().meta({ description: 'RabbitMQ routing key (publish), binding key (bind) or x-dead-letter-routing-key (dead-letter)' }),
  routingKeys: z
    .array(z.string().max(1000))
    .min(1)
    .max(1000)
    .optional()
    .meta({ description: 'Several routing keys one publisher uses, or several binding keys between one exchange and one destination' }),
  arguments: z.record(z.string().max(255), headerValue).optional().meta({ description: 'Binding arguments (headers exchange: x-match and header values) or message headers on publish' }),
  subject: z.string().max(255).optional().meta({ description: 'NATS subject a producer publishes to' }),
  subjects: z.array(z.string().min(1).max(255)).min(1).max(1000).optional().meta({ description: 'Several NATS subjects one producer publishes to' }),
  advisory: z
    .enum(['max-deliveries', 'msg-terminated'])
    .optional()
    .meta({ description: "Consume: the consumer reads the stream's JetStream advisory (MAX_DELIVERIES or MSG_TERMINATED events), not its messages" }),
  protocol: z.enum(['lambda', 'http', 'https', 'email', 'sms', 'firehose', 'application']).optional().meta({ description: 'SNS subscription protocol of a consume connection from an SNS topic' }),
  maxReceiveCount: z.number().int().min(1).max(1000).optional().meta({ description: 'SQS redrive: receives before moving to the DLQ' }),
  filterPolicy: z.string().max(10_000).optional().meta({ description: 'SNS subscription filter policy (JSON)' }),
  rawMessageDelivery: z.boolean().optional(),
  deadLetterQueue: idSchema.optional().meta({ description: 'SNS subscription redrive policy: id of an SQS queue' }),
  queuePolicyAllowsTopic: z.boolean().optional().meta({ description: 'The SQS queue policy allows sqs:SendMessage from this topic' }),
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
