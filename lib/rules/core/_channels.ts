import { indexGraph, kindDefinition } from '../../design';
import { KINDS } from '../../design/kinds';
import type { ChannelBehaviour } from '../../design/kinds/kind';
import type { ResolvedDesign, ResolvedNode, ResolvedNodeOfKind } from '../../brokers/resolved-design';
import { answerOf, isAskedOf, type AnswerByKind } from './_by-kind';

/**
 * Channels: the nodes messages are sent to and kept or routed by, as each kind declares it
 * (`channel` in lib/design/kinds/: ChannelBehaviour), so a new kind is in these lists from its
 * definition on and the compiler checks the rules against its fields. Kinds that store
 * messages hold them for the consumers that read them; routing kinds (exchanges, SNS, Pub/Sub,
 * Service Bus and Pulsar topics, Artemis addresses) pass them on to the nodes bound or
 * subscribed to them.
 */

type KindThat<C extends ChannelBehaviour> = Extract<(typeof KINDS)[number], { channel: C }>['kind'];
const kindsThat = <C extends ChannelBehaviour>(channel: C) => KINDS.filter((k) => k.channel === channel).map((k) => k.kind as KindThat<C>);

export type StoringKind = KindThat<'stores'>;
export const STORING_KINDS: readonly StoringKind[] = kindsThat('stores');
export type StoringChannel = ResolvedNodeOfKind<StoringKind>;

export type RoutingKind = KindThat<'routes'>;
export const ROUTING_KINDS: readonly RoutingKind[] = kindsThat('routes');
export type RoutingChannel = ResolvedNodeOfKind<RoutingKind>;

export type ChannelKind = StoringKind | RoutingKind;
export const CHANNEL_KINDS: readonly ChannelKind[] = [...STORING_KINDS, ...ROUTING_KINDS];
export type ChannelNode = StoringChannel | RoutingChannel;

/** A channel that declares its messages' schema: the kinds producers publish to (a subscription reads its topic's). */
export type SchemaChannel = Extract<ChannelNode, { messageSchema: unknown }>;

export function hasMessageSchema(node: ResolvedNode | undefined): node is SchemaChannel {
  return isChannel(node) && 'messageSchema' in node;
}

export function isRoutingChannel(node: ResolvedNode | undefined): node is RoutingChannel {
  return node !== undefined && (ROUTING_KINDS as readonly string[]).includes(node.kind);
}

export function isChannel(node: ResolvedNode | undefined): node is ChannelNode {
  return node !== undefined && (CHANNEL_KINDS as readonly string[]).includes(node.kind);
}

export function isStoringChannel(node: ResolvedNode | undefined): node is StoringChannel {
  return node !== undefined && (STORING_KINDS as readonly string[]).includes(node.kind);
}

/** Whether anything takes messages out of `channel`: a consumer group, or for SNS an SQS subscription. */
export function hasConsumer(design: ResolvedDesign, channelId: string): boolean {
  const graph = indexGraph(design);
  return (graph.outgoing.get(channelId) ?? []).some((c) => (c.kind === 'consume' || c.kind === 'subscription') && graph.nodeById.has(c.to));
}

/**
 * Whether the broker itself takes messages out of `node`, with no consumer drawn: a Pub/Sub push, BigQuery or
 * Cloud Storage subscription delivers them, a Service Bus queue or subscription with auto-forwarding
 * (`forwardTo`) moves every message to another entity.
 */
export function deliveredWithoutConsumer(node: ResolvedNode): boolean {
  return isAskedOf(DELIVERED_WITHOUT_CONSUMER, node) && answerOf(DELIVERED_WITHOUT_CONSUMER, node);
}

/** The channel waits for a consumer (or, routing, for its bindings and subscriptions) to take its messages. */
const WAITS_FOR_CONSUMERS = () => false;

/** deliveredWithoutConsumer, for each channel kind (a routing kind may deliver to an endpoint of its own). */
const DELIVERED_WITHOUT_CONSUMER: AnswerByKind<ChannelKind, [], boolean> = {
  'kafka-topic': WAITS_FOR_CONSUMERS,
  'rabbitmq-queue': WAITS_FOR_CONSUMERS,
  'nats-stream': WAITS_FOR_CONSUMERS,
  'sqs-queue': WAITS_FOR_CONSUMERS,
  'artemis-queue': WAITS_FOR_CONSUMERS,
  'pulsar-subscription': WAITS_FOR_CONSUMERS,
  'rabbitmq-exchange': WAITS_FOR_CONSUMERS,
  'sns-topic': WAITS_FOR_CONSUMERS,
  'pubsub-topic': WAITS_FOR_CONSUMERS,
  'artemis-address': WAITS_FOR_CONSUMERS,
  'pulsar-topic': WAITS_FOR_CONSUMERS,
  'servicebus-topic': WAITS_FOR_CONSUMERS,
  'pubsub-subscription': (subscription) => subscription.deliveryType !== 'pull',
  'servicebus-queue': (queue) => queue.forwardTo !== undefined,
  'servicebus-subscription': (subscription) => subscription.forwardTo !== undefined,
};

/**
 * A RabbitMQ delay queue: it holds messages for a TTL and dead-letters them
 * onwards, and nobody consumes it (the TTL retry-queue pattern). Messages
 * leave it by expiring, so it needs no consumer.
 */
export function isTtlDelayQueue(design: ResolvedDesign, node: ResolvedNode): boolean {
  if (node.kind !== 'rabbitmq-queue') return false;
  if (node.arguments['x-message-ttl'] === undefined && node.policy?.['message-ttl'] === undefined) return false;
  const out = indexGraph(design).outgoing.get(node.id) ?? [];
  return out.some((c) => c.kind === 'dead-letter') && !out.some((c) => c.kind === 'consume');
}

/**
 * A stage of a retry loop: a channel with role `retry`, or a TTL delay queue.
 * Its dead-letter route is the way back to work, not to a dead-letter queue,
 * and a loop through it is deliberate.
 */
export function isRetryStage(design: ResolvedDesign, node: ResolvedNode): boolean {
  return ('role' in node && node.role === 'retry') || isTtlDelayQueue(design, node);
}

/** The kind's label for messages: `Kafka topic`, `SQS queue`, … */
export function kindLabel(node: ResolvedNode): string {
  return kindDefinition(node.kind)?.label ?? node.kind;
}
