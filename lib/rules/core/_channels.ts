import { indexGraph, kindDefinition } from '../../design';
import type { ResolvedDesign, ResolvedNode, ResolvedNodeOfKind } from '../../brokers/resolved-design';

/**
 * Channels: the nodes messages are sent to and kept or routed by. Kinds that
 * hold messages (topics, queues, streams) have a role, a message schema and a
 * depth alert; exchanges, SNS topics and Artemis addresses only route.
 */

export const CHANNEL_KINDS = ['kafka-topic', 'rabbitmq-exchange', 'rabbitmq-queue', 'nats-stream', 'sqs-queue', 'sns-topic', 'artemis-address', 'artemis-queue'] as const;
export type ChannelNode = ResolvedNodeOfKind<(typeof CHANNEL_KINDS)[number]>;

export const STORING_KINDS = ['kafka-topic', 'rabbitmq-queue', 'nats-stream', 'sqs-queue', 'artemis-queue'] as const;
export type StoringChannel = ResolvedNodeOfKind<(typeof STORING_KINDS)[number]>;

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
