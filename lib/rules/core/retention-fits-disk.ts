import type { ResolvedDesign, ResolvedNode } from '../../brokers/resolved-design';
import { daysToFill, diskGiBPerBrokerFor, retainedBytes, usableClusterDiskBytes, USABLE_DISK_SHARE } from '../../capacity/retained-disk';
import { clusterOf, durationToMs, type Cluster, type Design } from '../../design';
import { fixValue, type FixInput } from '../fix';
import { deletesOldSegments, formatRetention, isCompacted } from '../kafka/_topics';
import { requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { declaredInflow } from './_declared-rates';

const GIB = 2 ** 30;

/** What one log on the cluster keeps on disk, replicas included. */
interface Retained {
  name: string;
  /** Bytes on disk once full (Infinity: no time or size limit). */
  bytes: number;
  /** Bytes per second written to disk, replicas included. */
  writeBytesPerSecond: number;
  /** How it got there, for the message: `orders 7 days × 1.2 MB/s × 3`. */
  detail: string;
}

function formatSize(bytes: number): string {
  const gib = bytes / GIB;
  return gib >= 1024 ? `${Number((gib / 1024).toPrecision(3))} TiB` : `${Number(gib.toPrecision(3))} GiB`;
}

function formatRate(bytesPerSecond: number): string {
  return bytesPerSecond >= 1e6 ? `${Number((bytesPerSecond / 1e6).toPrecision(3))} MB/s` : `${Number((bytesPerSecond / 1e3).toPrecision(3))} KB/s`;
}

/**
 * What a Kafka topic (time or size deletion) or a JetStream file stream keeps
 * at its declared rate, or undefined when it is not judged: no declared rate,
 * a compacted topic (what it keeps depends on its keys), a memory stream.
 */
function retainedBy(design: ResolvedDesign, node: ResolvedNode): Retained | undefined {
  if (node.kind !== 'kafka-topic' && node.kind !== 'nats-stream') return undefined;
  if (node.kind === 'kafka-topic' && (isCompacted(node) || !deletesOldSegments(node))) return undefined;
  if (node.kind === 'nats-stream' && node.storage === 'memory') return undefined;
  const rate = declaredInflow(design, node.id);
  const size = requirementsAt(design, node.id)?.messageSizeBytes;
  if (!rate || !size) return undefined;
  const bytesPerSecond = rate * size;
  let retentionMs: number;
  let cap: number;
  let replicas: number;
  if (node.kind === 'kafka-topic') {
    const retention = node.config['retention.ms'];
    const perPartition = node.config['retention.bytes'];
    retentionMs = retention < 0 ? Infinity : retention;
    cap = perPartition > 0 ? perPartition * node.partitions : Infinity;
    replicas = node.replicationFactor;
  } else {
    const maxAge = durationToMs(node.max_age) ?? 0;
    retentionMs = maxAge > 0 ? maxAge : Infinity;
    cap = Math.min(node.max_bytes > 0 ? node.max_bytes : Infinity, node.max_msgs > 0 ? node.max_msgs * size : Infinity);
    replicas = node.num_replicas;
  }
  const copy = retainedBytes(retentionMs / 1000, bytesPerSecond, cap);
  const limit =
    cap < (retentionMs / 1000) * bytesPerSecond
      ? `a ${formatSize(cap)} limit`
      : Number.isFinite(retentionMs)
        ? `${formatRetention(retentionMs)} × ${formatRate(bytesPerSecond)}`
        : `no limit at ${formatRate(bytesPerSecond)}`;
  return { name: node.name, bytes: copy * replicas, writeBytesPerSecond: bytesPerSecond * replicas, detail: `${node.name} ${limit} × ${replicas}` };
}

function withDisk(design: Design, clusterId: string, diskGiB: number): Design {
  return { ...design, clusters: design.clusters.map((c) => (c.id === clusterId ? { ...c, brokerDiskGiB: diskGiB } : c)) };
}

function diskFix(cluster: Cluster, neededGiB: number) {
  const inputs: FixInput[] = [
    {
      id: 'brokerDiskGiB',
      type: 'number',
      label: 'Disk per broker',
      unit: 'GiB',
      suggested: neededGiB,
      min: 1,
      max: 1_000_000,
      help: `Holds what the logs keep within ${USABLE_DISK_SHARE * 100} % of each of the ${cluster.nodes} brokers' disks.`,
    },
  ];
  return {
    label: `Raise the disk per broker of "${cluster.name}"`,
    inputs,
    apply: (d: Design, values?: Readonly<Record<string, number | string>>) => withDisk(d, cluster.id, fixValue<number>(inputs, values, 'brokerDiskGiB')),
  };
}

export const retentionFitsDisk = defineRule({
  meta: {
    id: 'core/retention-fits-disk',
    category: 'scalability',
    severity: 'error',
    reads: ['producer', 'kafka-topic', 'rabbitmq-exchange', 'rabbitmq-queue', 'nats-stream', 'consumer-group', 'projection'],
    summary:
      "What a cluster's Kafka topics and JetStream streams keep — retention × declared bytes/s × replicas, or their byte limit — must fit in 80 % of the disk its brokers declare (brokerDiskGiB × nodes).",
    messages: {
      over: 'Cluster "{cluster}" keeps {needed} on disk ({detail}) but {brokers} broker(s) × {disk} GiB hold {usable} at {share} % use: brokers whose disks fill stop taking writes. It needs {neededGiB} GiB per broker, or shorter retention.',
      unbounded:
        'Cluster "{cluster}": {channels} keep messages with no time or size limit, writing {rate} to disk (replicas included), so {brokers} broker(s) × {disk} GiB reach {share} % use in about {days} days; then the brokers stop taking writes. Set a retention.',
    },
  },
  check({ design, report }) {
    for (const cluster of design.clusters) {
      if (cluster.brokerDiskGiB === undefined) continue;
      const logs = design.nodes.filter((n) => clusterOf(design, n)?.id === cluster.id).flatMap((n) => retainedBy(design, n) ?? []);
      if (logs.length === 0) continue;
      const usable = usableClusterDiskBytes(cluster.nodes, cluster.brokerDiskGiB);
      const base = { cluster: cluster.name, brokers: cluster.nodes, disk: cluster.brokerDiskGiB, share: USABLE_DISK_SHARE * 100 };
      const unbounded = logs.filter((l) => !Number.isFinite(l.bytes));
      if (unbounded.length > 0) {
        const bounded = logs.filter((l) => Number.isFinite(l.bytes)).reduce((a, l) => a + l.bytes, 0);
        const rate = unbounded.reduce((a, l) => a + l.writeBytesPerSecond, 0);
        const days = daysToFill(Math.max(0, usable - bounded), rate);
        report({
          target: { type: 'design' },
          messageId: 'unbounded',
          data: { ...base, channels: unbounded.map((l) => `"${l.name}"`).join(', '), rate: formatRate(rate), days: days < 1 ? '< 1' : Math.floor(days) },
        });
        continue;
      }
      const needed = logs.reduce((a, l) => a + l.bytes, 0);
      if (needed <= usable) continue;
      const neededGiB = diskGiBPerBrokerFor(needed, cluster.nodes);
      report({
        target: { type: 'design' },
        messageId: 'over',
        data: { ...base, needed: formatSize(needed), usable: formatSize(usable), neededGiB, detail: logs.map((l) => l.detail).join(' + ') },
        fix: diskFix(cluster, neededGiB),
      });
    }
  },
});
