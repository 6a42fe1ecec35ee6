import type { RuleDocs } from '../rule-docs';
import { CORE_SOURCES } from './_sources';

/** The docs and examples of `core/retention-fits-disk`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "A Kafka topic keeps every record until it is older than retention.ms (or its partition passes retention.bytes); a JetStream stream keeps messages until max_age, max_bytes or max_msgs. Once full, a log that receives λ bytes/s holds λ × retention on each of its replicas, so the cluster stores the sum over its logs of retention × bytes/s × replicas (or the byte limit, when smaller). That must fit the disks the brokers have: a broker whose log directory fills stops accepting writes and goes offline, taking its partition replicas with it, and JetStream refuses new messages once it reaches its storage limit. The disk needs headroom — Amazon MSK warns at 60 % and 80 % of a broker's disk — so the rule allows the logs 80 % of brokerDiskGiB × nodes. Kafka deletes whole segments, so each partition holds up to one segment beyond its retention: the figure is a lower bound. A log with no time or size limit grows until the disk is full; the rule says how long that takes at the declared rate. Only clusters that declare brokerDiskGiB and logs whose flows declare their rate and message size are judged; compacted topics (whose size depends on their keys) and memory streams are not.",
  howToFix:
    'Give the brokers the disk the fix proposes (brokerDiskGiB, per broker), or keep less: shorten retention.ms / max_age, set retention.bytes or max_bytes, or lower the replication of logs that can afford it. For logs kept a long time, Kafka tiered storage moves old segments off the brokers.',
  sources: [CORE_SOURCES.kafkaTopicConfigs, CORE_SOURCES.kafkaBrokerLogDirs, CORE_SOURCES.natsStreamLimits, CORE_SOURCES.mskStorageAlerts],
  examples: {
    failing: {
      requirements: { throughput: 2000, messageSizeBytes: 1000, ordering: 'none' },
      clusters: [{ id: 'kafka', name: 'Kafka', broker: 'kafka', nodes: 3, brokerDiskGiB: 500 }],
      nodes: [
        { kind: 'producer', id: 'checkout' },
        // 2,000 msg/s × 1 KB × 7 days × 3 replicas ≈ 3.3 TiB, against 80 % of 3 × 500 GiB.
        { kind: 'kafka-topic', id: 'orders', cluster: 'kafka', partitions: 6, replicationFactor: 3, config: { 'retention.ms': 604_800_000 } },
      ],
      connections: [{ from: 'checkout', to: 'orders' }],
    },
    passing: {
      requirements: { throughput: 2000, messageSizeBytes: 1000, ordering: 'none' },
      clusters: [{ id: 'kafka', name: 'Kafka', broker: 'kafka', nodes: 3, brokerDiskGiB: 500 }],
      nodes: [
        { kind: 'producer', id: 'checkout' },
        // One day: about 483 GiB over the cluster, inside 80 % of 1,500 GiB.
        { kind: 'kafka-topic', id: 'orders', cluster: 'kafka', partitions: 6, replicationFactor: 3, config: { 'retention.ms': 86_400_000 } },
      ],
      connections: [{ from: 'checkout', to: 'orders' }],
    },
  },
};
