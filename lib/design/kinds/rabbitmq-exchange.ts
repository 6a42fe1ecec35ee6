import { z } from 'zod';
import { baseNodeFields, messageSchemaSchema } from '../fields';
import { defineKind } from './kind';

export const rabbitmqExchange = defineKind({
  kind: 'rabbitmq-exchange',
  label: 'RabbitMQ exchange',
  description: 'Routes messages to queues by routing key, pattern or headers.',
  broker: 'rabbitmq',
  clusterBrokers: ['rabbitmq'],
  schema: z.object({
    kind: z.literal('rabbitmq-exchange'),
    ...baseNodeFields,
    vhost: z.string().min(1).max(255).default('/'),
    type: z.enum(['direct', 'fanout', 'topic', 'headers']).default('topic'),
    durable: z.boolean().default(true),
    autoDelete: z.boolean().default(false),
    internal: z.boolean().default(false),
    messageSchema: messageSchemaSchema.default({ format: 'none', registry: false }),
  }),
  // The alternate exchange (the `alternate-exchange` argument) is an `alternate` connection.
  outgoing: { bind: ['rabbitmq-queue', 'rabbitmq-exchange'], alternate: ['rabbitmq-exchange'] },
});
export type RabbitmqExchangeNode = z.infer<typeof rabbitmqExchange.schema>;
