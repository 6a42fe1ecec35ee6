/**
 * The channels a service may publish to, whether it is a producer or a consumer
 * group that sends on what it processed: one list, so a new channel kind is
 * offered to both (the canvas refuses other targets while dragging).
 */
export const PUBLISH_TARGETS = [
  'kafka-topic',
  'rabbitmq-exchange',
  'rabbitmq-queue',
  'nats-stream',
  'sqs-queue',
  'sns-topic',
  'pubsub-topic',
  'artemis-address',
  'pulsar-topic',
  'servicebus-queue',
  'servicebus-topic',
] as const;
