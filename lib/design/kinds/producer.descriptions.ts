import type { DescribedFields } from '../field-descriptions';
import { kafkaProducerConfigSchema, producer } from './producer';

/**
 * What the fields of producer.ts mean, by path (`a/b` is field b of object field a): the node
 * inspector and the JSON Schema show them; the studio page does not download them.
 */
export const producerFieldDescriptions: DescribedFields = [
  [
    kafkaProducerConfigSchema,
    {
      acks: 'Acknowledgements the leader waits for (Java client ≥ 3.0: all; before: 1)',
      'enable.idempotence': 'Idempotent producer (Java client ≥ 3.0: true, unless other settings conflict)',
      'max.in.flight.requests.per.connection': 'Java client default: 5',
      retries: 'Kafka default: 2147483647',
      'linger.ms': 'Java client default: 5 (0 before 4.0)',
      'batch.size': 'Kafka default: 16384',
      'compression.type': 'Kafka default: none',
      'transactional.id': 'Set for transactional (exactly-once) producers',
      'delivery.timeout.ms': 'Kafka default: 120000',
      'request.timeout.ms': 'Kafka default: 30000',
      'max.request.size': 'Kafka default: 1048576',
      'transaction.timeout.ms': 'Kafka default: 60000',
      'partitioner.ignore.keys': 'Kafka default: false',
    },
  ],
  [
    producer.schema,
    {
      publishRate: 'Messages per second this service publishes',
      keyStrategy: 'How the message key (Kafka key, SQS group id, Pub/Sub ordering key) is chosen',
      traffic: 'How the publish rate moves over the day (unset: steady); capacity is sized for the peak',
      'traffic/pattern': "Steady at the publish rate, or a daily curve around it (the publish rate is then the day's mean)",
      'traffic/peakToTrough': 'Daily curve: the busiest rate over the quietest',
      'traffic/peakHour': 'Daily curve: the hour (UTC) the rate peaks at',
      retryHorizon: 'How long the producer keeps retrying a failed publish',
      requirements: 'Overrides of the design requirements for flows this producer starts',
      client: 'Client library and version; unset settings take its defaults',
      'rabbitmq/confirms': 'Publisher confirms (AMQP clients: off unless enabled)',
      'rabbitmq/mandatory': 'Mandatory flag: unroutable messages are returned (default: off)',
      'rabbitmq/persistent': 'delivery_mode=2 (AMQP clients: transient unless set)',
      'rabbitmq/channels': 'Publishing channels per instance',
      'rabbitmq/priority': 'Publishes with message priorities',
      'nats/jetstreamPublish': 'Publishes through JetStream and checks the ack',
      'nats/msgIdHeader': 'Sets Nats-Msg-Id for de-duplication',
      'sqs/messageGroupId': 'MessageGroupId for FIFO targets',
      'sqs/deduplicationId': 'Sends MessageDeduplicationId',
      'pubsub/endpoint': 'Pub/Sub endpoint: global (pubsub.googleapis.com, nearest region) or regional (e.g. europe-west1-pubsub.googleapis.com); client default: global',
      'artemis/messageGroupId': "JMSXGroupID (Artemis message groups): 'entity-id' pins each entity's messages to one consumer, in order",
    },
  ],
];
