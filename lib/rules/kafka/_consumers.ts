import { indexGraph, nodesOfKind } from '../../design';
import type { ResolvedDesign } from '../../brokers/resolved-design';
import type { ResolvedKafkaTopic } from '../../brokers/kafka/resolve';
import type { ResolvedConsumerGroup } from '../../brokers/services/resolve';

/**
 * Facts about consumer groups that read Kafka topics. A consumer group node may
 * also read RabbitMQ, NATS or SQS; the Kafka rules look only at groups that
 * consume at least one Kafka topic.
 */

export interface KafkaConsumerGroup {
  group: ResolvedConsumerGroup;
  /** The Kafka topics it consumes, in connection order. */
  topics: ResolvedKafkaTopic[];
}

/** Kafka topics a group consumes. */
export function kafkaTopicsConsumedBy(design: ResolvedDesign, groupId: string): ResolvedKafkaTopic[] {
  const graph = indexGraph(design);
  const topics: ResolvedKafkaTopic[] = [];
  for (const connection of graph.incoming.get(groupId) ?? []) {
    if (connection.kind !== 'consume') continue;
    const source = graph.nodeById.get(connection.from);
    if (source?.kind === 'kafka-topic') topics.push(source);
  }
  return topics;
}

const groupsCache = new WeakMap<ResolvedDesign, readonly KafkaConsumerGroup[]>();

/**
 * Every consumer group that reads at least one Kafka topic. A dozen Kafka
 * rules ask, so the list is built once per design (designs are immutable;
 * callers only read it).
 */
export function kafkaConsumerGroups(design: ResolvedDesign): readonly KafkaConsumerGroup[] {
  let result = groupsCache.get(design);
  if (!result) {
    const groups: KafkaConsumerGroup[] = [];
    for (const group of nodesOfKind(design, 'consumer-group')) {
      const topics = kafkaTopicsConsumedBy(design, group.id);
      if (topics.length > 0) groups.push({ group, topics });
    }
    groupsCache.set(design, (result = groups));
  }
  return result;
}

/**
 * Group members that each claim partitions: one consumer per instance and
 * handler thread. With asynchronous processing the handler threads are a pool
 * behind a single consumer, so only instances count.
 */
export function groupMembers(group: ResolvedConsumerGroup): number {
  return group.instances * (group.asyncProcessing ? 1 : group.concurrency);
}

/** The group uses the KIP-848 consumer protocol: the broker, not the client, owns session and assignment settings. */
export function usesConsumerProtocol(group: ResolvedConsumerGroup): boolean {
  return group.kafka['group.protocol'] === 'consumer';
}

/**
 * Whether offsets are committed only after records are processed. With
 * auto-commit the client commits what the last poll returned at the next poll,
 * which is after processing only when processing is synchronous; with manual
 * commits it is whatever the application does.
 */
export function commitsAfterProcessing(group: ResolvedConsumerGroup): boolean {
  if (!group.commitAfterProcessing) return false;
  return !(group.kafka['enable.auto.commit'] && group.asyncProcessing);
}

/** How a group commits, in words, for messages. */
export function describeCommit(group: ResolvedConsumerGroup): string {
  if (group.kafka['enable.auto.commit'] && group.asyncProcessing) {
    return 'auto-commits offsets while processing runs asynchronously';
  }
  return 'commits offsets before processing (commitAfterProcessing is off)';
}
