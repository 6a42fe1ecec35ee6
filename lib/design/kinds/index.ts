import { z } from 'zod';
import { artemisAddress } from './artemis-address';
import { artemisQueue } from './artemis-queue';
import { connectSink } from './connect-sink';
import { connectSource } from './connect-source';
import { consumerGroup } from './consumer-group';
import { eventStore } from './event-store';
import { externalSystem } from './external-system';
import { kafkaTopic } from './kafka-topic';
import { natsStream } from './nats-stream';
import { producer } from './producer';
import { projection } from './projection';
import { pubsubSubscription } from './pubsub-subscription';
import { pubsubTopic } from './pubsub-topic';
import { pulsarSubscription } from './pulsar-subscription';
import { pulsarTopic } from './pulsar-topic';
import { rabbitmqExchange } from './rabbitmq-exchange';
import { rabbitmqQueue } from './rabbitmq-queue';
import { servicebusQueue } from './servicebus-queue';
import { servicebusSubscription } from './servicebus-subscription';
import { servicebusTopic } from './servicebus-topic';
import { snapshotPolicy } from './snapshot-policy';
import { snsTopic } from './sns-topic';
import { sqsQueue } from './sqs-queue';

/** Every node kind, in palette order. The only list of kinds. */
export const KINDS = [
  producer,
  kafkaTopic,
  connectSource,
  connectSink,
  externalSystem,
  rabbitmqExchange,
  rabbitmqQueue,
  natsStream,
  sqsQueue,
  snsTopic,
  pubsubTopic,
  pubsubSubscription,
  artemisAddress,
  artemisQueue,
  pulsarTopic,
  pulsarSubscription,
  servicebusQueue,
  servicebusTopic,
  servicebusSubscription,
  consumerGroup,
  eventStore,
  projection,
  snapshotPolicy,
] as const;

export type NodeKind = (typeof KINDS)[number]['kind'];
export const NODE_KINDS = KINDS.map((k) => k.kind) as NodeKind[];

type KindByName = { [K in (typeof KINDS)[number] as K['kind']]: K };
export const KIND_BY_NAME = Object.fromEntries(KINDS.map((k) => [k.kind, k])) as KindByName;

export function kindDefinition(kind: string): (typeof KINDS)[number] | undefined {
  return Object.hasOwn(KIND_BY_NAME, kind) ? KIND_BY_NAME[kind as NodeKind] : undefined;
}

/** The palette's sections in the order their first kind has in `KINDS`, each with its kinds in registry order. */
export const KIND_GROUPS: ReadonlyArray<{ title: string; kinds: NodeKind[] }> = KINDS.reduce<Array<{ title: string; kinds: NodeKind[] }>>((groups, k) => {
  const group = groups.find((g) => g.title === k.look.group);
  if (group) group.kinds.push(k.kind);
  else groups.push({ title: k.look.group, kinds: [k.kind] });
  return groups;
}, []);

type SchemaOf<T> = T extends { schema: infer S } ? S : never;
type SchemasOf<T extends readonly unknown[]> = { -readonly [I in keyof T]: SchemaOf<T[I]> };
type KindSchemas = SchemasOf<typeof KINDS>;

/** A node of any kind, discriminated by `kind`. */
export const nodeSchema = z.discriminatedUnion('kind', KINDS.map((k) => k.schema) as unknown as KindSchemas);
export type DesignNode = z.infer<typeof nodeSchema>;
export type NodeOfKind<K extends NodeKind> = Extract<DesignNode, { kind: K }>;

export type { ProducerNode } from './producer';
export type { KafkaTopicNode } from './kafka-topic';
export { KAFKA_LONG_MAX } from './kafka-topic';
export type { RabbitmqExchangeNode } from './rabbitmq-exchange';
export { RABBITMQ_EXCHANGE_TYPES } from './rabbitmq-exchange';
export type { RabbitmqQueueNode } from './rabbitmq-queue';
export type { NatsStreamNode } from './nats-stream';
export type { SqsQueueNode } from './sqs-queue';
export type { SnsTopicNode } from './sns-topic';
export type { PubsubTopicNode } from './pubsub-topic';
export type { PubsubSubscriptionNode } from './pubsub-subscription';
export type { PulsarTopicNode } from './pulsar-topic';
export { pulsarTopicName } from './pulsar-topic';
export type { PulsarSubscriptionNode } from './pulsar-subscription';
export type { ArtemisAddressNode, ArtemisAddressSettings } from './artemis-address';
export { ARTEMIS_ADDRESS_FULL_POLICIES, ARTEMIS_ROUTING_TYPES } from './artemis-address';
export type { ArtemisQueueNode } from './artemis-queue';
export type { ConsumerGroupNode } from './consumer-group';
export type { ConnectSourceNode } from './connect-source';
export type { ConnectSinkNode } from './connect-sink';
export type { ExternalSystemNode } from './external-system';
export type { Transform } from './connector-config';
export type { EventEnvelope, EventStoreNode } from './event-store';
export type { ProjectionNode } from './projection';
export type { SnapshotPolicyNode } from './snapshot-policy';
export type { ServicebusQueueNode } from './servicebus-queue';
export type { ServicebusTopicNode } from './servicebus-topic';
export type { ServicebusRule, ServicebusSubscriptionNode } from './servicebus-subscription';
