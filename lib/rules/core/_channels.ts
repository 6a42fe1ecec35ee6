import { indexGraph, kindDefinition } from '../../design';
import { KINDS } from '../../design/kinds';
import type { ChannelBehaviour } from '../../design/kinds/kind';
import type { ResolvedDesign, ResolvedNode, ResolvedNodeOfKind } from '../../brokers/resolved-design';

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

export const STORING_KINDS: readonly KindThat<'stores'>[] = kindsThat('stores');
export type StoringChannel = ResolvedNodeOfKind<KindThat<'stores'>>;

export const ROUTING_KINDS: readonly KindThat<'routes'>[] = kindsThat('routes');
export type RoutingChannel = ResolvedNodeOfKind<KindThat<'routes'>>;

export const CHANNEL_KINDS: readonly KindThat<'stores' | 'routes'>[] = [...STORING_KINDS, ...ROUTING_KINDS];
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
  if (node.kind === 'pubsub-subscription') return node.deliveryType !== 'pull';
  if (node.kind === 'servicebus-queue' || node.kind === 'servicebus-subscription') return node.forwardTo !== undefined;
  return false;
}

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
