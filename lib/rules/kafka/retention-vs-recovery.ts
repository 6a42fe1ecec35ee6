import { indexGraph, patchNode } from '../../design';
import type { ResolvedKafkaTopic } from '../../brokers/kafka/resolve';
import { requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { kafkaConsumerGroups } from './_consumers';
import { deletesOldSegments, effectiveRetentionMs, formatRetention } from './_topics';

const HOUR_MS = 3_600_000;

/** Retention in ms as the topic config writes it (Infinity is -1). */
function asRetentionMs(ms: number): number {
  return ms === Infinity ? -1 : ms;
}

export const retentionVsRecovery = defineRule({
  meta: {
    id: 'kafka/retention-vs-recovery',
    category: 'error-handling',
    severity: 'warning',
    reads: ['producer', 'kafka-topic', 'rabbitmq-exchange', 'rabbitmq-queue', 'consumer-group', 'projection'],
    summary: 'A dead-letter topic must be at least as durable as the topics it serves: as long a retention and as many replicas.',
    subsumes: ['core/dlq-durability-ge-source', 'kafka/replication-factor-gt-1', 'kafka/replication-factor-ge-3'],
    messages: {
      dlq: 'Dead-letter topic "{dlq}" of group "{group}" is less durable than its source "{source}" ({gaps}): failed records can be lost before anyone handles them.',
    },
  },
  check({ design, report }) {
    const graph = indexGraph(design);
    for (const { group, topics } of kafkaConsumerGroups(design)) {
      const { maxConsumerOutageHours: outage = 0, retentionHours: replay = 0 } = requirementsAt(design, group.id) ?? {};
      const neededMs = Math.max(outage, replay) * HOUR_MS;
      const sources = topics.filter((t) => t.role !== 'dead-letter');
      if (sources.length === 0) continue;
      const strongest = sources.reduce((a, b) => (effectiveRetentionMs(b) > effectiveRetentionMs(a) ? b : a));
      // A compact-only source keeps the latest record per key, not every record: its dead letters need to
      // last as long as the group may take to recover, not forever.
      const logs = sources.filter(deletesOldSegments);
      const sourceRetention = logs.length > 0 ? Math.max(...logs.map(effectiveRetentionMs)) : neededMs;
      const measure = logs.length > 0 ? `the source ${keeps(sourceRetention)}` : `the group may take ${formatRetention(neededMs)} to recover`;
      const sourceRf = Math.max(...sources.map((t) => t.replicationFactor));
      for (const connection of graph.outgoing.get(group.id) ?? []) {
        if (connection.kind !== 'dead-letter') continue;
        const dlq = graph.nodeById.get(connection.to);
        if (dlq?.kind !== 'kafka-topic') continue;
        const gaps = dlqGaps(dlq, sourceRetention, measure, sourceRf);
        if (gaps.length === 0) continue;
        report({
          target: { type: 'connection', id: connection.id },
          messageId: 'dlq',
          data: { dlq: dlq.name, group: group.name, source: strongest.name, gaps: gaps.join('; ') },
          fix: {
            label: `Match "${strongest.name}"'s retention and replication on "${dlq.name}"`,
            apply: (d) =>
              patchNode(d, dlq.id, {
                replicationFactor: Math.max(dlq.replicationFactor, sourceRf),
                config: {
                  'retention.ms': asRetentionMs(Math.max(effectiveRetentionMs(dlq), sourceRetention)),
                  // More replicas are only safer if writes wait for them: take the source's min ISR too.
                  'min.insync.replicas': Math.min(Math.max(dlq.config['min.insync.replicas'], strongest.config['min.insync.replicas']), Math.max(dlq.replicationFactor, sourceRf)),
                },
              }),
          },
        });
      }
    }
  },
});

/** "for 7 days", or "forever". */
function keeps(ms: number): string {
  return ms === Infinity ? 'forever' : `for ${formatRetention(ms)}`;
}

function dlqGaps(dlq: ResolvedKafkaTopic, sourceRetention: number, measure: string, sourceRf: number): string[] {
  const gaps: string[] = [];
  const retention = effectiveRetentionMs(dlq);
  if (retention < sourceRetention) gaps.push(`keeps data ${keeps(retention)}, ${measure}`);
  if (dlq.replicationFactor < sourceRf) gaps.push(`replication factor ${dlq.replicationFactor} against ${sourceRf}`);
  return gaps;
}
