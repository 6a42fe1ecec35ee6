import type { Family } from './network-types';

/**
 * Families whose broker, not the consumer, redelivers a message its consumer
 * failed on, counting deliveries until the station's maxDeliveries (then its
 * redrive: a DLQ, DLA or dead-letter topic): JetStream (nak, max_deliver),
 * SQS (visibility timeout, maxReceiveCount), Artemis (rollback,
 * max-delivery-attempts), Pub/Sub (nack, maxDeliveryAttempts), Pulsar
 * (negative ack, maxRedeliverCount) and Service Bus (abandon,
 * maxDeliveryCount). Kafka and RabbitMQ consumers retry in process first.
 */
export function brokerRedelivers(family: Family): boolean {
  return family === 'nats' || family === 'sqs' || family === 'artemis' || family === 'pubsub' || family === 'pulsar' || family === 'servicebus';
}

/** Why a message left its station after its last delivery, per family, in the words of the broker's setting. */
export function gaveUpReason(family: Family): string {
  switch (family) {
    case 'nats':
      return 'max_deliver reached';
    case 'artemis':
      return 'max-delivery-attempts reached';
    case 'pubsub':
      return 'maxDeliveryAttempts reached';
    case 'pulsar':
      return 'maxRedeliverCount reached';
    case 'servicebus':
      return 'maxDeliveryCount reached';
    default:
      return 'failed every receive';
  }
}
