import { clusterOf, type Cluster, type Design, type DesignNode } from '../../design';

/**
 * Broker-level settings a Kafka topic depends on. A Kafka topic may live on an
 * Apache Kafka or a Redpanda cluster; the two spell their settings differently
 * (`message.max.bytes` vs `kafka_batch_max_bytes`) and ship different defaults
 * (auto topic creation is on in Kafka, off in Redpanda). `cluster.config` keeps
 * each broker's own names, so every lookup goes through this table.
 */

export type KafkaFlavour = 'kafka' | 'redpanda';

/** The flavour of broker a node lives on; without a cluster, Apache Kafka (the kind's own broker). */
export function flavourOf(design: Design, node: DesignNode): KafkaFlavour {
  return clusterOf(design, node)?.broker === 'redpanda' ? 'redpanda' : 'kafka';
}

interface SettingName<T> {
  name: string;
  default: T;
}

/** A broker setting by flavour. A flavour that has no such setting is left out. */
export interface BrokerSetting<T> {
  kafka?: SettingName<T>;
  redpanda?: SettingName<T>;
}

export const BROKER_SETTINGS = {
  // ServerLogConfigs.AUTO_CREATE_TOPICS_ENABLE_DEFAULT = true; Redpanda's auto_create_topics_enabled defaults to false.
  autoCreateTopics: {
    kafka: { name: 'auto.create.topics.enable', default: true },
    redpanda: { name: 'auto_create_topics_enabled', default: false },
  } satisfies BrokerSetting<boolean>,
  // 1 MiB + the 12-byte log overhead in Kafka; Redpanda's kafka_batch_max_bytes is 1 MiB.
  messageMaxBytes: {
    kafka: { name: 'message.max.bytes', default: 1_048_588 },
    redpanda: { name: 'kafka_batch_max_bytes', default: 1_048_576 },
  } satisfies BrokerSetting<number>,
  groupMinSessionTimeoutMs: {
    kafka: { name: 'group.min.session.timeout.ms', default: 6_000 },
    redpanda: { name: 'group_min_session_timeout_ms', default: 6_000 },
  } satisfies BrokerSetting<number>,
  groupMaxSessionTimeoutMs: {
    kafka: { name: 'group.max.session.timeout.ms', default: 1_800_000 },
    redpanda: { name: 'group_max_session_timeout_ms', default: 300_000 },
  } satisfies BrokerSetting<number>,
  transactionMaxTimeoutMs: {
    kafka: { name: 'transaction.max.timeout.ms', default: 900_000 },
    redpanda: { name: 'transaction_max_timeout_ms', default: 900_000 },
  } satisfies BrokerSetting<number>,
  // Redpanda places its transaction coordinator topic itself; there is no 3-broker minimum to check.
  transactionLogReplicationFactor: {
    kafka: { name: 'transaction.state.log.replication.factor', default: 3 },
  } satisfies BrokerSetting<number>,
  // Redpanda replicates with Raft and has no ISR lag setting.
  replicaLagTimeMaxMs: {
    kafka: { name: 'replica.lag.time.max.ms', default: 30_000 },
  } satisfies BrokerSetting<number>,
  // Broker-wide default of the topic setting; Redpanda elects leaders with Raft and has no unclean election.
  uncleanLeaderElection: {
    kafka: { name: 'unclean.leader.election.enable', default: false },
  } satisfies BrokerSetting<boolean>,
  // Kafka rolls segments after log.roll.hours=168 (7 days); Redpanda's log_segment_ms defaults to 2 weeks.
  logSegmentMs: {
    kafka: { name: 'log.roll.ms', default: 604_800_000 },
    redpanda: { name: 'log_segment_ms', default: 1_209_600_000 },
  } satisfies BrokerSetting<number>,
  // The partitions and replicas of a topic created without them (KIP-464: the broker's defaults).
  numPartitions: {
    kafka: { name: 'num.partitions', default: 1 },
    redpanda: { name: 'default_topic_partitions', default: 1 },
  } satisfies BrokerSetting<number>,
  defaultReplicationFactor: {
    kafka: { name: 'default.replication.factor', default: 1 },
    redpanda: { name: 'default_topic_replications', default: 1 },
  } satisfies BrokerSetting<number>,
  minInsyncReplicas: {
    kafka: { name: 'min.insync.replicas', default: 1 },
  } satisfies BrokerSetting<number>,
  logCleanupPolicy: {
    kafka: { name: 'log.cleanup.policy', default: 'delete' },
    redpanda: { name: 'log_cleanup_policy', default: 'delete' },
  } satisfies BrokerSetting<string>,
  // log.retention.hours=168; log.retention.ms and log.retention.minutes take precedence (see logRetentionMs).
  logRetentionMs: {
    kafka: { name: 'log.retention.ms', default: 604_800_000 },
    redpanda: { name: 'log_retention_ms', default: 604_800_000 },
  } satisfies BrokerSetting<number>,
  logRetentionBytes: {
    kafka: { name: 'log.retention.bytes', default: -1 },
    redpanda: { name: 'retention_bytes', default: -1 },
  } satisfies BrokerSetting<number>,
  deleteRetentionMs: {
    kafka: { name: 'log.cleaner.delete.retention.ms', default: 86_400_000 },
    redpanda: { name: 'tombstone_retention_ms', default: 86_400_000 },
  } satisfies BrokerSetting<number>,
  compressionType: {
    kafka: { name: 'compression.type', default: 'producer' },
    redpanda: { name: 'log_compression_type', default: 'producer' },
  } satisfies BrokerSetting<string>,
} as const;

/** A setting as it applies to one cluster: its name there, its value, and whether the design declares it. */
export interface ResolvedSetting<T> {
  name: string;
  value: T;
  declared: boolean;
}

function resolve<T>(cluster: Cluster | undefined, setting: BrokerSetting<T>, parse: (raw: string | number | boolean) => T | undefined): ResolvedSetting<T> | undefined {
  const flavour: KafkaFlavour = cluster?.broker === 'redpanda' ? 'redpanda' : 'kafka';
  const spec = setting[flavour];
  if (!spec) return undefined;
  const raw = cluster && Object.hasOwn(cluster.config, spec.name) ? cluster.config[spec.name] : undefined;
  const parsed = raw === undefined ? undefined : parse(raw);
  return parsed === undefined ? { name: spec.name, value: spec.default, declared: false } : { name: spec.name, value: parsed, declared: true };
}

/** A numeric broker setting (config values may be written as strings, as in server.properties). */
export function brokerNumber(cluster: Cluster | undefined, setting: BrokerSetting<number>): ResolvedSetting<number> | undefined {
  return resolve(cluster, setting, (raw) => {
    const value = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
    return Number.isFinite(value) ? value : undefined;
  });
}

/** A string broker setting. */
export function brokerString(cluster: Cluster | undefined, setting: BrokerSetting<string>): ResolvedSetting<string> | undefined {
  return resolve(cluster, setting, (raw) => (typeof raw === 'string' && raw.trim() !== '' ? raw.trim() : undefined));
}

/**
 * The broker's log retention: `log.retention.ms`, else `log.retention.minutes`,
 * else `log.retention.hours` (168), the order in which Kafka reads them.
 */
export function brokerRetentionMs(cluster: Cluster | undefined): ResolvedSetting<number> | undefined {
  const ms = brokerNumber(cluster, BROKER_SETTINGS.logRetentionMs);
  if (!ms || ms.declared || cluster?.broker === 'redpanda') return ms;
  for (const [name, unit] of [
    ['log.retention.minutes', 60_000],
    ['log.retention.hours', 3_600_000],
  ] as const) {
    const value = brokerNumber(cluster, { kafka: { name, default: 0 } });
    if (value?.declared) return { name, value: value.value * unit, declared: true };
  }
  return ms;
}

/** A boolean broker setting (`true`/`false`, also as strings). */
export function brokerBoolean(cluster: Cluster | undefined, setting: BrokerSetting<boolean>): ResolvedSetting<boolean> | undefined {
  return resolve(cluster, setting, (raw) => {
    if (typeof raw === 'boolean') return raw;
    if (typeof raw === 'string' && /^(true|false)$/i.test(raw.trim())) return raw.trim().toLowerCase() === 'true';
    return undefined;
  });
}

/** Clusters that can host Kafka topics. */
export function isKafkaCluster(cluster: Cluster): boolean {
  return cluster.broker === 'kafka' || cluster.broker === 'redpanda';
}

/** Whether the cluster declares a version older than `version` (dotted numbers; an undeclared version is not older). */
export function versionBelow(cluster: Cluster | undefined, version: string): boolean {
  if (!cluster?.version) return false;
  const have = cluster.version.split(/[.-]/).map((part) => Number.parseInt(part, 10));
  const want = version.split('.').map(Number);
  for (let i = 0; i < want.length; i++) {
    const h = Number.isNaN(have[i] ?? 0) ? 0 : (have[i] ?? 0);
    if (h !== want[i]) return h < want[i];
  }
  return false;
}
