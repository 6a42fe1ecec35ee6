import { indexGraph, nodesOfKind, type Design, type KafkaTopicNode } from '../../design';
import type { ResolvedDesign } from '../../brokers/resolved-design';
import type { ResolvedKafkaTopic } from '../../brokers/kafka/resolve';
import { defineRule } from '../rule';
import { flavourOf } from '../../brokers/kafka/broker-settings';

/** -2 means "use retention.*"; -1 means unlimited. */
const USE_TOTAL = -2;
const UNLIMITED = -1;

/** Local retention that keeps more than the total retention (or unlimited while the total is finite). */
function exceeds(local: number | undefined, total: number): boolean {
  if (local === undefined || local === USE_TOTAL || total === UNLIMITED) return false;
  return local === UNLIMITED || local > total;
}

/**
 * Whether the topic's declared cluster leaves tiered storage off: brokers
 * refuse remote.storage.enable=true unless remote.log.storage.system.enable is
 * on (found by creating such a topic on a real Kafka 4.1 broker, see
 * lib/exporters/kafka-broker.test.ts). A topic on no cluster is not judged.
 */
export function clusterLacksTieredStorage(design: Design, topic: Pick<KafkaTopicNode, 'cluster'>): boolean {
  const cluster = topic.cluster === undefined ? undefined : indexGraph(design).clusterById.get(topic.cluster);
  if (!cluster) return false;
  const enabled = cluster.config['remote.log.storage.system.enable'];
  return enabled !== true && enabled !== 'true';
}

/** What LogConfig (and topicctl) reject about a topic's tiered-storage settings. */
function tieredStorageProblems(design: ResolvedDesign, topic: ResolvedKafkaTopic): string[] {
  const c = topic.config;
  const problems: string[] = [];
  const localSet = c['local.retention.ms'] !== undefined || c['local.retention.bytes'] !== undefined;
  if (c['remote.storage.enable'] !== true) {
    if (localSet) problems.push('local.retention.* is set without remote.storage.enable=true');
    return problems;
  }
  if (clusterLacksTieredStorage(design, topic)) problems.push('its cluster does not enable tiered storage (remote.log.storage.system.enable=true), so the broker refuses remote.storage.enable=true');
  if (c['cleanup.policy'] !== 'delete') problems.push(`tiered storage needs cleanup.policy=delete, not ${c['cleanup.policy']}`);
  if (exceeds(c['local.retention.ms'], c['retention.ms'])) {
    problems.push(`local.retention.ms=${c['local.retention.ms']} keeps more than retention.ms=${c['retention.ms']}`);
  }
  if (exceeds(c['local.retention.bytes'], c['retention.bytes'] ?? UNLIMITED)) {
    problems.push(`local.retention.bytes=${c['local.retention.bytes']} keeps more than retention.bytes=${c['retention.bytes']}`);
  }
  return problems;
}

export const tieredStorageConstraints = defineRule({
  meta: {
    id: 'kafka/tiered-storage-constraints',
    category: 'operability',
    severity: 'error',
    reads: ['kafka-topic'],
    scope: 'node',
    summary: "A topic's tiered-storage settings must be consistent.",
    messages: {
      invalid: 'Topic "{topic}" has inconsistent tiered-storage settings ({problems}): Kafka rejects the topic configuration.',
    },
  },
  check({ design, report }) {
    for (const topic of nodesOfKind(design, 'kafka-topic')) {
      const problems = tieredStorageProblems(design, topic);
      if (problems.length === 0 || flavourOf(design, topic) !== 'kafka') continue;
      report({ target: { type: 'node', id: topic.id }, messageId: 'invalid', data: { topic: topic.name, problems: problems.join('; ') } });
    }
  },
});
