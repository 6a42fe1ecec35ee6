import type { ResolvedKafkaTopic } from '../../brokers/kafka/resolve';
import type { ResolvedDesign } from '../../brokers/resolved-design';
import { atLeastOnce, requirementsAt } from '../needs';
import { flavourOf } from '../../brokers/kafka/broker-settings';
import { acksAll } from './_producers';
import { publishEdges, type PublishEdge } from './_topics';

/**
 * min.insync.replicas: how many replicas must have a write before an acks=all
 * producer gets its acknowledgement. It is an Apache Kafka setting; Redpanda
 * replicates with Raft (acks=all waits for a majority) and ignores it, so the
 * min-ISR rules stay quiet on Redpanda clusters.
 */
export function minIsrApplies(design: ResolvedDesign, topic: ResolvedKafkaTopic): boolean {
  return flavourOf(design, topic) === 'kafka';
}

/**
 * Publishers whose acks setting bypasses the topic's min.insync.replicas >= 2:
 * min ISR is checked only for acks=all. Only topics whose flows need durability
 * count; an at-most-once topic that keeps Kafka's default min ISR is not relying on it.
 */
export function publishersBypassingMinIsr(design: ResolvedDesign, topic: ResolvedKafkaTopic): PublishEdge[] {
  if (!minIsrApplies(design, topic) || topic.config['min.insync.replicas'] < 2) return [];
  if (!atLeastOnce(requirementsAt(design, topic.id))) return [];
  return publishEdges(design, topic.id).filter((edge) => !acksAll(edge.producer));
}

/** The min ISR that keeps one replica of slack: RF − 1, at least 1. */
export function minIsrFor(replicationFactor: number): number {
  return Math.max(1, replicationFactor - 1);
}
