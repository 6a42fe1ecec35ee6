import { msToDuration, type GraphDesign } from '../../design';
import type { ResolvedKafkaTopic } from './resolve';

/** What matters about a Kafka topic at a glance (node-summary.ts): its shape and what it keeps. */
export const KAFKA_SUMMARIES = {
  'kafka-topic': (design: GraphDesign, node: ResolvedKafkaTopic) => [
    `${node.partitions} × RF ${node.replicationFactor} · min ISR ${node.config['min.insync.replicas']}`,
    `${node.config['cleanup.policy']} · ${node.config['retention.ms'] === -1 ? 'kept forever' : msToDuration(node.config['retention.ms'])}`,
  ],
};
