import type { Cluster, KafkaTopicNode } from '../../design';
import type { Resolved, SettingSource } from '../source';
import { BROKER_SETTINGS, brokerNumber, brokerRetentionMs, brokerString, brokerBoolean, type ResolvedSetting } from './broker-settings';

/**
 * What a Kafka topic gets for what it leaves unset: its cluster's setting
 * when the cluster declares one (`num.partitions`, `log.retention.ms`, …),
 * else the broker's default (KIP-464: a topic created without partitions or
 * replicas takes the broker's). Apache Kafka and Redpanda spell the cluster
 * settings differently; broker-settings.ts knows both.
 */

type TopicConfig = KafkaTopicNode['config'];

export interface TopicDefaults {
  partitions: Resolved<number>;
  replicationFactor: Resolved<number>;
  config: {
    'min.insync.replicas': Resolved<number>;
    'cleanup.policy': Resolved<NonNullable<TopicConfig['cleanup.policy']>>;
    'retention.ms': Resolved<number>;
    'retention.bytes': Resolved<number>;
    'max.message.bytes': Resolved<number>;
    'delete.retention.ms': Resolved<number>;
    'unclean.leader.election.enable': Resolved<boolean>;
    'segment.ms': Resolved<number>;
    'min.compaction.lag.ms': Resolved<number>;
    'remote.storage.enable': Resolved<boolean>;
  };
}

const TOPIC_DOCS = 'https://kafka.apache.org/documentation/#topicconfigs';
const BROKER_DOCS = 'https://kafka.apache.org/documentation/#brokerconfigs';
const REDPANDA_DOCS = 'https://docs.redpanda.com/current/reference/properties/cluster-properties/';

function fromCluster<T>(cluster: Cluster | undefined, setting: ResolvedSetting<T> | undefined, fallback: T): Resolved<T> {
  const redpanda = cluster?.broker === 'redpanda';
  if (!setting) return { value: fallback, source: { origin: 'broker', label: `the ${redpanda ? 'Redpanda' : 'Kafka'} topic default`, url: TOPIC_DOCS } };
  const source: SettingSource = setting.declared
    ? { origin: 'cluster', label: `${setting.name} on cluster ${cluster!.name}` }
    : { origin: 'broker', label: `${setting.name}, the ${redpanda ? 'Redpanda' : 'broker'} default`, url: redpanda ? REDPANDA_DOCS : BROKER_DOCS };
  return { value: setting.value, source };
}

const CLEANUP_POLICIES = ['delete', 'compact', 'compact,delete'] as const;

function cleanupPolicy(cluster: Cluster | undefined): Resolved<(typeof CLEANUP_POLICIES)[number]> {
  const setting = brokerString(cluster, BROKER_SETTINGS.logCleanupPolicy);
  const normalised = setting?.value.replace(/\s+/g, '').split(',').sort().join(',');
  const value = CLEANUP_POLICIES.find((p) => p === normalised) ?? 'delete';
  return fromCluster(cluster, setting && { ...setting, value }, 'delete');
}

/** The defaults a topic on `cluster` gets (no cluster: Apache Kafka's own). */
export function kafkaTopicDefaults(cluster: Cluster | undefined): TopicDefaults {
  return {
    partitions: fromCluster(cluster, brokerNumber(cluster, BROKER_SETTINGS.numPartitions), 1),
    replicationFactor: fromCluster(cluster, brokerNumber(cluster, BROKER_SETTINGS.defaultReplicationFactor), 1),
    config: {
      'min.insync.replicas': fromCluster(cluster, brokerNumber(cluster, BROKER_SETTINGS.minInsyncReplicas), 1),
      'cleanup.policy': cleanupPolicy(cluster),
      'retention.ms': fromCluster(cluster, brokerRetentionMs(cluster), 604_800_000),
      'retention.bytes': fromCluster(cluster, brokerNumber(cluster, BROKER_SETTINGS.logRetentionBytes), -1),
      'max.message.bytes': fromCluster(cluster, brokerNumber(cluster, BROKER_SETTINGS.messageMaxBytes), 1_048_588),
      'delete.retention.ms': fromCluster(cluster, brokerNumber(cluster, BROKER_SETTINGS.deleteRetentionMs), 86_400_000),
      'unclean.leader.election.enable': fromCluster(cluster, brokerBoolean(cluster, BROKER_SETTINGS.uncleanLeaderElection), false),
      'segment.ms': fromCluster(cluster, brokerNumber(cluster, BROKER_SETTINGS.logSegmentMs), 604_800_000),
      'min.compaction.lag.ms': fromCluster(cluster, undefined, 0),
      'remote.storage.enable': fromCluster(cluster, undefined, false),
    },
  };
}
