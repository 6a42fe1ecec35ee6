import { z } from 'zod';
import { baseNodeFields, messageSchemaSchema } from '../fields';
import { defineKind } from './kind';

/** The exchange types RabbitMQ has built in (plugin types are not modelled). */
export const RABBITMQ_EXCHANGE_TYPES = ['direct', 'fanout', 'topic', 'headers'] as const;

export const rabbitmqExchange = defineKind({
  kind: 'rabbitmq-exchange',
  label: 'RabbitMQ exchange',
  description: 'Routes messages to queues by routing key, pattern or headers.',
  look: { color: '#f76707', shape: 'channel', group: 'RabbitMQ', icon: ['M8 1.5 14.5 8 8 14.5 1.5 8Z', 'M5.5 8h5M9 6.5 10.5 8 9 9.5'] },
  broker: 'rabbitmq',
  clusterBrokers: ['rabbitmq'],
  channel: 'routes',
  schema: z.object({
    kind: z.literal('rabbitmq-exchange'),
    ...baseNodeFields,
    vhost: z.string().min(1).max(255).default('/'),
    type: z.enum(RABBITMQ_EXCHANGE_TYPES).default('topic'),
    durable: z.boolean().default(true),
    autoDelete: z.boolean().default(false),
    internal: z.boolean().default(false),
    /**
     * An exchange some other file or application declares: a definitions file may name it as an alternate or
     * dead-letter exchange without declaring it, and RabbitMQ accepts that. Exports keep the link to it by name
     * and never declare it (as with the built-in amq.* exchanges), so a round trip makes the broker hold what the
     * original did. Its type is then unknown to the design.
     */
    external: z.boolean().optional(),
    messageSchema: messageSchemaSchema.default({ format: 'none', registry: false }),
  }),
  // The alternate exchange (the `alternate-exchange` argument) is an `alternate` connection.
  outgoing: { bind: ['rabbitmq-queue', 'rabbitmq-exchange'], alternate: ['rabbitmq-exchange'] },
  servicesPublish: true,
  takesDeadLettersFromConsumers: true,
});
export type RabbitmqExchangeNode = z.infer<typeof rabbitmqExchange.schema>;
