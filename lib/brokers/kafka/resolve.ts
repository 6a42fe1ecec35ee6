import type { Cluster, KafkaTopicNode } from '../../design';
import { pick, type Resolvers, type SourceLog } from '../resolver';
import type { Resolved } from '../source';
import { kafkaTopicDefaults } from './topic-defaults';

/** A Kafka topic's settings as the broker applies them: its own, else its cluster's, else the broker's defaults (topic-defaults.ts). */

export interface ResolvedTopicConfig {
  'min.insync.replicas': number;
  'cleanup.policy': NonNullable<KafkaTopicNode['config']['cleanup.policy']>;
  'retention.ms': number;
  'retention.bytes': number;
  'max.message.bytes': number;
  'delete.retention.ms': number;
  'unclean.leader.election.enable': boolean;
  'segment.ms': number;
  'min.compaction.lag.ms': number;
  'remote.storage.enable': boolean;
}

export type ResolvedKafkaTopic = Omit<KafkaTopicNode, 'partitions' | 'replicationFactor' | 'config'> & {
  partitions: number;
  replicationFactor: number;
  config: KafkaTopicNode['config'] & ResolvedTopicConfig;
};

function resolveKafkaTopic(node: KafkaTopicNode, sources: SourceLog, cluster: Cluster | undefined): ResolvedKafkaTopic {
  const defaults = kafkaTopicDefaults(cluster);
  const config: Record<string, unknown> = { ...node.config };
  for (const [key, fallback] of Object.entries(defaults.config) as Array<[keyof ResolvedTopicConfig, Resolved<unknown>]>) {
    config[key] = pick(node.config[key] as unknown, fallback as Resolved<NonNullable<unknown>>, `config.${key}`, sources);
  }
  return {
    ...node,
    partitions: pick(node.partitions, defaults.partitions, 'partitions', sources),
    replicationFactor: pick(node.replicationFactor, defaults.replicationFactor, 'replicationFactor', sources),
    config: config as ResolvedKafkaTopic['config'],
  };
}

export const KAFKA_RESOLVERS = {
  'kafka-topic': resolveKafkaTopic,
} satisfies Resolvers;
