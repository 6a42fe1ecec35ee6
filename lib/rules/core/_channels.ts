import { indexGraph, kindDefinition, type Design, type DesignNode, type NodeOfKind } from '../../design';

/**
 * Channels: the nodes messages are sent to and kept or routed by. Kinds that
 * hold messages (topics, queues, streams) have a role, a message schema and a
 * depth alert; exchanges and SNS topics only route.
 */

export const CHANNEL_KINDS = ['kafka-topic', 'rabbitmq-exchange', 'rabbitmq-queue', 'nats-stream', 'sqs-queue', 'sns-topic'] as const;
export type ChannelNode = NodeOfKind<(typeof CHANNEL_KINDS)[number]>;

export const STORING_KINDS = ['kafka-topic', 'rabbitmq-queue', 'nats-stream', 'sqs-queue'] as const;
export type StoringChannel = NodeOfKind<(typeof STORING_KINDS)[number]>;

export function isChannel(node: DesignNode | undefined): node is ChannelNode {
  return node !== undefined && (CHANNEL_KINDS as readonly string[]).includes(node.kind);
}

export function isStoringChannel(node: DesignNode | undefined): node is StoringChannel {
  return node !== undefined && (STORING_KINDS as readonly string[]).includes(node.kind);
}

/** Whether anything takes messages out of `channel`: a consumer group, or for SNS an SQS subscription. */
export function hasConsumer(design: Design, channelId: string): boolean {
  const graph = indexGraph(design);
  return (graph.outgoing.get(channelId) ?? []).some(
    (c) => (c.kind === 'consume' || c.kind === 'subscription') && graph.nodeById.has(c.to),
  );
}

/**
 * A delay stage of a retry loop: a channel with role `retry`, or a RabbitMQ
 * queue that holds messages for a TTL and dead-letters them onwards with
 * nobody consuming it (the TTL retry-queue pattern). Messages leave it by
 * design without a consumer, and its dead-letter route leads back to work,
 * not to a dead-letter queue.
 */
export function isDelayStage(design: Design, node: DesignNode): boolean {
  if ('role' in node && node.role === 'retry') return true;
  if (node.kind !== 'rabbitmq-queue') return false;
  const ttl = node.arguments['x-message-ttl'] !== undefined || node.policy?.['message-ttl'] !== undefined;
  const graph = indexGraph(design);
  const out = graph.outgoing.get(node.id) ?? [];
  return ttl && out.some((c) => c.kind === 'dead-letter') && !out.some((c) => c.kind === 'consume');
}

/** The kind's label for messages: `Kafka topic`, `SQS queue`, … */
export function kindLabel(node: DesignNode): string {
  return kindDefinition(node.kind)?.label ?? node.kind;
}
