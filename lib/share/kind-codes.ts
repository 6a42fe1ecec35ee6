/**
 * Node kinds by their code in a v1 share link. Append only: a code, once
 * given, means that kind in every link ever shared. A kind without a code is
 * written by name.
 */
export const KIND_CODES: readonly string[] = [
  'producer',
  'kafka-topic',
  'rabbitmq-exchange',
  'rabbitmq-queue',
  'nats-stream',
  'sqs-queue',
  'sns-topic',
  'consumer-group',
  'event-store',
  'projection',
  'snapshot-policy',
  'connect-source',
  'connect-sink',
  'external-system',
  'pubsub-topic',
  'pubsub-subscription',
  'artemis-address',
  'artemis-queue',
  'pulsar-topic',
  'pulsar-subscription',
  'servicebus-queue',
  'servicebus-topic',
  'servicebus-subscription',
];
