import type { NodeKind } from './kinds';
import { describeFields, type DescribedFields } from './field-descriptions';
import { clientFieldDescriptions } from './client.descriptions';
import { cloudeventsEnvelopeFieldDescriptions } from './cloudevents-envelope.descriptions';
import { connectionFieldDescriptions } from './connection.descriptions';
import { sharedFieldDescriptions } from './fields.descriptions';
import { artemisAddressFieldDescriptions } from './kinds/artemis-address.descriptions';
import { artemisQueueFieldDescriptions } from './kinds/artemis-queue.descriptions';
import { connectSinkFieldDescriptions } from './kinds/connect-sink.descriptions';
import { connectSourceFieldDescriptions } from './kinds/connect-source.descriptions';
import { connectorConfigFieldDescriptions } from './kinds/connector-config.descriptions';
import { consumerGroupFieldDescriptions } from './kinds/consumer-group.descriptions';
import { eventStoreFieldDescriptions } from './kinds/event-store.descriptions';
import { externalSystemFieldDescriptions } from './kinds/external-system.descriptions';
import { kafkaTopicFieldDescriptions } from './kinds/kafka-topic.descriptions';
import { natsStreamFieldDescriptions } from './kinds/nats-stream.descriptions';
import { producerFieldDescriptions } from './kinds/producer.descriptions';
import { projectionFieldDescriptions } from './kinds/projection.descriptions';
import { pubsubSubscriptionFieldDescriptions } from './kinds/pubsub-subscription.descriptions';
import { pubsubTopicFieldDescriptions } from './kinds/pubsub-topic.descriptions';
import { pulsarSubscriptionFieldDescriptions } from './kinds/pulsar-subscription.descriptions';
import { pulsarTopicFieldDescriptions } from './kinds/pulsar-topic.descriptions';
import { rabbitmqExchangeFieldDescriptions } from './kinds/rabbitmq-exchange.descriptions';
import { rabbitmqQueueFieldDescriptions } from './kinds/rabbitmq-queue.descriptions';
import { servicebusEntityFieldDescriptions } from './kinds/servicebus-entity-fields.descriptions';
import { servicebusQueueFieldDescriptions } from './kinds/servicebus-queue.descriptions';
import { servicebusSubscriptionFieldDescriptions } from './kinds/servicebus-subscription.descriptions';
import { servicebusTopicFieldDescriptions } from './kinds/servicebus-topic.descriptions';
import { snapshotPolicyFieldDescriptions } from './kinds/snapshot-policy.descriptions';
import { sqsQueueFieldDescriptions } from './kinds/sqs-queue.descriptions';

/** Each kind's own field descriptions; a kind left out does not compile (sns-topic's fields are all shared ones). */
const KIND_FIELD_DESCRIPTIONS: { readonly [K in NodeKind]: DescribedFields } = {
  'artemis-address': artemisAddressFieldDescriptions,
  'artemis-queue': artemisQueueFieldDescriptions,
  'connect-sink': connectSinkFieldDescriptions,
  'connect-source': connectSourceFieldDescriptions,
  'consumer-group': consumerGroupFieldDescriptions,
  'event-store': eventStoreFieldDescriptions,
  'external-system': externalSystemFieldDescriptions,
  'kafka-topic': kafkaTopicFieldDescriptions,
  'nats-stream': natsStreamFieldDescriptions,
  producer: producerFieldDescriptions,
  projection: projectionFieldDescriptions,
  'pubsub-subscription': pubsubSubscriptionFieldDescriptions,
  'pubsub-topic': pubsubTopicFieldDescriptions,
  'pulsar-subscription': pulsarSubscriptionFieldDescriptions,
  'pulsar-topic': pulsarTopicFieldDescriptions,
  'rabbitmq-exchange': rabbitmqExchangeFieldDescriptions,
  'rabbitmq-queue': rabbitmqQueueFieldDescriptions,
  'servicebus-queue': servicebusQueueFieldDescriptions,
  'servicebus-subscription': servicebusSubscriptionFieldDescriptions,
  'servicebus-topic': servicebusTopicFieldDescriptions,
  'snapshot-policy': snapshotPolicyFieldDescriptions,
  'sqs-queue': sqsQueueFieldDescriptions,
  'sns-topic': [],
};

/** Descriptions of fields several kinds (or connections) share. */
const SHARED_FIELD_DESCRIPTIONS: Readonly<Record<string, DescribedFields>> = {
  client: clientFieldDescriptions,
  'cloudevents-envelope': cloudeventsEnvelopeFieldDescriptions,
  connection: connectionFieldDescriptions,
  'connector-config': connectorConfigFieldDescriptions,
  fields: sharedFieldDescriptions,
  'servicebus-entity-fields': servicebusEntityFieldDescriptions,
};

let described = false;

/**
 * Puts every field description of nodes and connections into zod's global registry, once: call it
 * before turning a node or connection schema into JSON Schema (the node inspector, the design's JSON
 * Schema). The design-level forms (requirements, review, clusters) keep theirs inline: they show on
 * the first page.
 */
export function describeDesignFields(): void {
  if (described) return;
  for (const [kind, fields] of Object.entries(KIND_FIELD_DESCRIPTIONS)) describeFields(fields, `field descriptions of ${kind}`);
  for (const [file, fields] of Object.entries(SHARED_FIELD_DESCRIPTIONS)) describeFields(fields, `field descriptions of ${file}.ts`);
  described = true;
}
