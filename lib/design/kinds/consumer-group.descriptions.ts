import type { DescribedFields } from '../field-descriptions';
import { consumerGroup, kafkaConsumerConfigSchema, natsConsumerConfigSchema } from './consumer-group';

/**
 * What the fields of consumer-group.ts mean, by path (`a/b` is field b of object field a): the node
 * inspector and the JSON Schema show them; the studio page does not download them.
 */
export const consumerGroupFieldDescriptions: DescribedFields = [
  [
    kafkaConsumerConfigSchema,
    {
      'enable.auto.commit': 'Java client default: true (Spring for Apache Kafka: false). Off = offsets committed by the application',
      'auto.offset.reset': 'Java client default: latest (Kafka Streams: earliest)',
      'isolation.level': 'Java client default: read_uncommitted',
      'partition.assignment.strategy': 'Kafka default: range,cooperative-sticky',
      'max.poll.records': 'Kafka default: 500',
      'max.poll.interval.ms': 'Kafka default: 300000',
      'session.timeout.ms': 'Kafka default: 45000',
      'heartbeat.interval.ms': 'Kafka default: 3000',
    },
  ],
  [
    natsConsumerConfigSchema,
    {
      durable: 'Durable consumer (persisted state)',
      ack_policy: 'NATS clients default: explicit',
      ack_wait: 'Server default: 30s',
      max_deliver: 'Server default: -1 (redeliver forever)',
      max_ack_pending: 'Server default: 1000',
      deliver_subject: 'Push consumer: where messages are delivered (pull consumer when unset and no deliver_group)',
      ackSync: 'Acks with AckSync (double ack) for exactly-once',
      maxDeliveriesAdvisory: 'Something handles the MAX_DELIVERIES advisory (dead letters)',
      inProgressAcks: 'Sends in-progress acks (+WPI) while a long message is processed, which resets ack_wait',
    },
  ],
  [
    consumerGroup.schema,
    {
      groupId: 'Kafka group.id / durable name; the node id when empty',
      requirements: "This consumer's own needs; unset ones are inherited from the flows it reads",
      client: 'Client library and version; unset settings take its defaults',
      lifecycle: 'A long-lived service, or an ephemeral reader (a UI, a tail, an ad-hoc query) that comes and goes',
      startsBeforePublishers: 'Its subscription (queue, durable consumer, SNS subscription) exists before publishers start',
      standbyInstances: 'Of the instances, how many are hot standbys that wait idle by design',
      concurrency: 'Parallel handlers per instance',
      prefetch: 'RabbitMQ prefetch (basic.qos); 0 = unlimited (AMQP clients default: unlimited; Spring AMQP: 250)',
      commitAfterProcessing: 'Offsets / acks only after the handler succeeded',
      asyncProcessing: 'Hands messages to a thread pool and returns to poll',
      idempotent: 'The handler tolerates duplicates (dedup key or upsert)',
      dedupKey: 'The message field or header the handler de-duplicates on',
      lagAlert: 'Consumer lag is monitored and alerts',
      lagAlertSeconds: 'The lag alert fires when the oldest unprocessed message is older than this (seconds)',
      'rabbitmq/requeueOnError': 'nack with requeue=true on failure',
      'rabbitmq/basicGet': 'Polls with basic.get instead of consuming',
      lambdaTimeoutSeconds: 'Set when the consumer is an AWS Lambda function',
    },
  ],
];
