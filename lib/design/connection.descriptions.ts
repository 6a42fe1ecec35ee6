import type { DescribedFields } from './field-descriptions';
import { connectionSchema } from './connection';

/**
 * What the fields of connection.ts mean, by path (`a/b` is field b of object field a): the node
 * inspector and the JSON Schema show them; the studio page does not download them.
 */
export const connectionFieldDescriptions: DescribedFields = [
  [
    connectionSchema,
    {
      routingKey: 'RabbitMQ routing key (publish), binding key (bind) or x-dead-letter-routing-key (dead-letter)',
      routingKeys: 'Several routing keys one publisher uses, or several binding keys between one exchange and one destination',
      arguments: 'Binding arguments (headers exchange: x-match and header values) or message headers on publish',
      subject: 'NATS subject a producer publishes to',
      subjects: 'Several NATS subjects one producer publishes to',
      advisory: "Consume: the consumer reads the stream's JetStream advisory (MAX_DELIVERIES or MSG_TERMINATED events), not its messages",
      protocol: 'SNS subscription protocol of a consume connection from an SNS topic',
      maxReceiveCount: 'SQS redrive: receives before moving to the DLQ',
      filterPolicy: 'SNS subscription filter policy (JSON)',
      deadLetterQueue: 'SNS subscription redrive policy: id of an SQS queue',
      queuePolicyAllowsTopic: 'The SQS queue policy allows sqs:SendMessage from this topic',
    },
  ],
];
