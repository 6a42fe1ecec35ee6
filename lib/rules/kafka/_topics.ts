import { indexGraph, type Connection } from '../../design';
import type { ResolvedDesign } from '../../brokers/resolved-design';
import type { ResolvedKafkaTopic } from '../../brokers/kafka/resolve';
import type { ResolvedConsumerGroup, ResolvedProducer } from '../../brokers/services/resolve';
import type { RuleContext } from '../rule';

/**
 * Facts about Kafka topics and the edges around them. Producers publish to a
 * topic directly (Kafka has no exchanges), so the publish and consume
 * connections of a topic are the whole neighbourhood the rules need.
 */

export interface PublishEdge {
  connection: Connection;
  producer: ResolvedProducer;
}

export interface ConsumeEdge {
  connection: Connection;
  group: ResolvedConsumerGroup;
}

/** The producers (kind `producer`) that publish straight to `topicId`, with their connection. */
export function publishEdges(design: ResolvedDesign, topicId: string): PublishEdge[] {
  const graph = indexGraph(design);
  const edges: PublishEdge[] = [];
  for (const connection of graph.incoming.get(topicId) ?? []) {
    if (connection.kind !== 'publish') continue;
    const source = graph.nodeById.get(connection.from);
    if (source?.kind === 'producer') edges.push({ connection, producer: source });
  }
  return edges;
}

/** The consumer groups `topicId` delivers to, with their connection. */
export function consumeEdges(design: ResolvedDesign, topicId: string): ConsumeEdge[] {
  const graph = indexGraph(design);
  const edges: ConsumeEdge[] = [];
  for (const connection of graph.outgoing.get(topicId) ?? []) {
    if (connection.kind !== 'consume') continue;
    const target = graph.nodeById.get(connection.to);
    if (target?.kind === 'consumer-group') edges.push({ connection, group: target });
  }
  return edges;
}

/** Kafka topics a node (producer or stream-processing group) publishes to. */
export function kafkaTopicsPublishedBy(design: ResolvedDesign, nodeId: string): ResolvedKafkaTopic[] {
  const graph = indexGraph(design);
  const topics: ResolvedKafkaTopic[] = [];
  for (const connection of graph.outgoing.get(nodeId) ?? []) {
    if (connection.kind !== 'publish') continue;
    const target = graph.nodeById.get(connection.to);
    if (target?.kind === 'kafka-topic') topics.push(target);
  }
  return topics;
}

/** Compaction keeps the last record per key: `compact` or `compact,delete`. */
export function isCompacted(topic: ResolvedKafkaTopic): boolean {
  return topic.config['cleanup.policy'].includes('compact');
}

/** Time- and size-based deletion applies: `delete` or `compact,delete`. */
export function deletesOldSegments(topic: ResolvedKafkaTopic): boolean {
  return topic.config['cleanup.policy'].includes('delete');
}

/** A planned partition count above today's: adding partitions later remaps `hash(key) % n`. */
export function plannedPartitionIncrease(topic: ResolvedKafkaTopic): boolean {
  return topic.plannedPartitions !== undefined && topic.plannedPartitions > topic.partitions;
}

/** The largest record batch the topic accepts: its own `max.message.bytes`, else its cluster's or the broker's default for topics. */
export function topicMaxMessageBytes(source: RuleContext['source'], topic: ResolvedKafkaTopic): { value: number; setting: string } {
  const value = topic.config['max.message.bytes'];
  const from = source(topic.id, 'config.max.message.bytes');
  if (!from || from.origin === 'design') return { value, setting: `max.message.bytes of topic "${topic.name}"` };
  return { value, setting: `${from.label}; the topic sets no max.message.bytes` };
}

/** Human-readable retention: `7 days`, `36 hours`, `forever`. */
export function formatRetention(ms: number): string {
  if (ms < 0) return 'forever';
  const hours = ms / 3_600_000;
  if (hours >= 48 && Number.isInteger(hours / 24)) return `${hours / 24} days`;
  if (hours >= 1) return hours === 1 ? '1 hour' : `${Number(hours.toFixed(1))} hours`;
  return `${Math.round(ms / 1000)} seconds`;
}

/** How long the topic keeps data, in ms; Infinity when it never deletes by time (retention -1, or compaction only). */
export function effectiveRetentionMs(topic: ResolvedKafkaTopic): number {
  const retention = topic.config['retention.ms'];
  return !deletesOldSegments(topic) || retention === -1 ? Infinity : retention;
}
