import { PARTITION_BYTES_PER_SECOND, PARTITION_RECORDS_PER_SECOND } from '../../brokers/kafka/partition-capacity';
import { nodesOfKind, patchNode } from '../../design';
import type { ResolvedDesign } from '../../brokers/resolved-design';
import type { ResolvedKafkaTopic } from '../../brokers/kafka/resolve';
import type { ResolvedConsumerGroup } from '../../brokers/services/resolve';
import { isEphemeral } from '../flow';
import { producerRequirements, requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { thousands } from '../thousands';
import { groupMembers, kafkaTopicsConsumedBy } from './_consumers';
import { consumeEdges, publishEdges } from './_topics';

interface Bound {
  partitions: number;
  why: string;
}

function formatBytes(bytesPerSecond: number): string {
  const mb = bytesPerSecond / 1_000_000;
  return `${mb >= 10 ? Math.round(mb) : Number(mb.toFixed(1))} MB/s`;
}

/**
 * What the producers writing straight into the topic declare at their peak:
 * records and bytes per second. Producers that declare their own throughput
 * add up; the design's throughput is the flow's, so producers that only
 * inherit it share it (two services writing one 20k msg/s flow are 20k, not 40k).
 */
function declaredLoad(design: ResolvedDesign, topic: ResolvedKafkaTopic): { records: number; bytes: number } | undefined {
  const producers = publishEdges(design, topic.id).map((e) => e.producer);
  if (producers.length === 0) return undefined;
  let records = 0;
  let bytes = 0;
  let shared = { records: 0, bytes: 0 };
  for (const producer of new Set(producers)) {
    const needs = producerRequirements(design, producer);
    const peak = Math.max(needs.throughput, needs.peakThroughput ?? 0);
    const load = { records: peak, bytes: peak * needs.messageSizeBytes };
    if (producer.requirements.throughput !== undefined || producer.requirements.peakThroughput !== undefined) {
      records += load.records;
      bytes += load.bytes;
    } else if (load.bytes > shared.bytes || load.records > shared.records) {
      shared = { records: Math.max(shared.records, load.records), bytes: Math.max(shared.bytes, load.bytes) };
    }
  }
  return { records: records + shared.records, bytes: bytes + shared.bytes };
}

/**
 * How many partitions a group needs on this topic to keep up: the members the
 * topic's rate keeps busy at the group's median processing time, counting
 * only members the group runs beyond the partitions of everything it reads
 * (members it does not run are a sizing question for the group, not the topic).
 */
function consumerBound(design: ResolvedDesign, topic: ResolvedKafkaTopic, group: ResolvedConsumerGroup, records: number): Bound | undefined {
  if (isEphemeral(group) || group.processingMsP50 <= 0) return undefined;
  const threadsPerMember = group.asyncProcessing ? group.concurrency : 1;
  const members = groupMembers(group) - group.standbyInstances * (group.asyncProcessing ? 1 : group.concurrency);
  const otherPartitions = kafkaTopicsConsumedBy(design, group.id)
    .filter((t) => t.id !== topic.id)
    .reduce((sum, t) => sum + t.partitions, 0);
  const available = members - otherPartitions;
  if (available <= topic.partitions) return undefined;
  const busy = Math.ceil((records * group.processingMsP50) / 1000 / threadsPerMember);
  const needed = Math.min(busy, available);
  if (needed <= topic.partitions) return undefined;
  return {
    partitions: needed,
    why: `consumer group "${group.name}" keeps ${needed} members busy at ${thousands(records)} msg/s and ${group.processingMsP50} ms per message, but each partition feeds only one of them`,
  };
}

export const partitionsForTargetThroughput = defineRule({
  meta: {
    id: 'kafka/partitions-for-target-throughput',
    category: 'scalability',
    severity: 'warning',
    reads: ['producer', 'kafka-topic', 'rabbitmq-exchange', 'rabbitmq-queue', 'consumer-group', 'projection'],
    summary: 'A topic needs enough partitions for the peak throughput its producers declare: in bytes, in records, and in the consumer members that throughput keeps busy.',
    subsumes: ['kafka/idle-consumers'],
    messages: {
      tooFew: 'Topic "{topic}" has {partitions} partition(s) but needs {needed} for its declared peak: {bounds}.',
    },
  },
  check({ design, report }) {
    for (const topic of nodesOfKind(design, 'kafka-topic')) {
      if (topic.role === 'dead-letter' || requirementsAt(design, topic.id)?.ordering === 'strict') continue;
      const load = declaredLoad(design, topic);
      if (!load) continue;
      const bounds: Bound[] = [];
      const byBytes = Math.ceil(load.bytes / PARTITION_BYTES_PER_SECOND);
      if (byBytes > topic.partitions) {
        bounds.push({ partitions: byBytes, why: `${formatBytes(load.bytes)} needs ${byBytes} at about 10 MB/s per partition` });
      }
      const byRecords = Math.ceil(load.records / PARTITION_RECORDS_PER_SECOND);
      if (byRecords > topic.partitions) {
        bounds.push({ partitions: byRecords, why: `${thousands(load.records)} msg/s needs ${byRecords} at about ${thousands(PARTITION_RECORDS_PER_SECOND)} msg/s per partition` });
      }
      for (const { group } of consumeEdges(design, topic.id)) {
        const bound = consumerBound(design, topic, group, load.records);
        if (bound) bounds.push(bound);
      }
      if (bounds.length === 0) continue;
      const needed = Math.max(...bounds.map((b) => b.partitions));
      // A planned count the new one reaches or passes would be a decrease (kafka/no-partition-decrease): it goes.
      const planned = topic.plannedPartitions !== undefined && topic.plannedPartitions <= needed ? { plannedPartitions: undefined } : {};
      report({
        target: { type: 'node', id: topic.id },
        messageId: 'tooFew',
        data: { topic: topic.name, partitions: topic.partitions, needed, bounds: bounds.map((b) => b.why).join('; ') },
        fix: {
          label: `Create it with ${needed} partitions`,
          apply: (d) => patchNode(d, topic.id, { partitions: needed, ...planned }),
        },
      });
    }
  },
});
