import { z } from 'zod';
import type { Broker } from './cluster';

/**
 * The client library a service talks to its broker with. Settings a design
 * leaves unset take the defaults of this client (and its version), so the
 * review judges what the service will really run with.
 */
export const CLIENTS = {
  'kafka-java': { label: 'Java client (kafka-clients)', short: 'Java client', broker: 'kafka' },
  librdkafka: { label: 'librdkafka (confluent-kafka-go/-python/-dotnet, node-rdkafka)', short: 'librdkafka', broker: 'kafka' },
  'kafka-streams': { label: 'Kafka Streams', short: 'Kafka Streams', broker: 'kafka' },
  'kafka-connect': { label: 'Kafka Connect', short: 'Kafka Connect', broker: 'kafka' },
  'spring-kafka': { label: 'Spring for Apache Kafka', short: 'Spring Kafka', broker: 'kafka' },
  kafkajs: { label: 'KafkaJS (Node)', short: 'KafkaJS', broker: 'kafka' },
  'amqp-java': { label: 'RabbitMQ Java client', short: 'RabbitMQ Java client', broker: 'rabbitmq' },
  'spring-amqp': { label: 'Spring AMQP', short: 'Spring AMQP', broker: 'rabbitmq' },
  amqplib: { label: 'amqplib (Node)', short: 'amqplib', broker: 'rabbitmq' },
  pika: { label: 'Pika (Python)', short: 'Pika', broker: 'rabbitmq' },
  nats: { label: 'NATS client', short: 'NATS client', broker: 'nats' },
  'aws-sdk': { label: 'AWS SDK', short: 'AWS SDK', broker: 'sqs-sns' },
  'aws-lambda': { label: 'AWS Lambda event source', short: 'Lambda event source', broker: 'sqs-sns' },
} as const satisfies Record<string, { label: string; short: string; broker: Broker }>;

export type ClientName = keyof typeof CLIENTS;

export const clientSchema = z.object({
  name: z.enum(Object.keys(CLIENTS) as [ClientName, ...ClientName[]]),
  version: z
    .string()
    .regex(/^\d+(\.\d+){0,2}$/, 'A version such as 3.7 or 2.2.4')
    .optional(),
});
export type Client = z.infer<typeof clientSchema>;
