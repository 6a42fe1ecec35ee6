import { nodesOfKind, renameNode, uniqueId, type Design } from '../../design';
import type { ResolvedKafkaTopic } from '../../brokers/kafka/resolve';
import { defineRule } from '../rule';
import { metricName } from './_topic-names';

export const topicNameCollision = defineRule({
  meta: {
    id: 'kafka/topic-name-collision',
    category: 'operability',
    severity: 'error',
    reads: ['kafka-topic'],
    summary: 'Two topics of one cluster must not have the same name, nor names that are equal once "." becomes "_".',
    messages: {
      collides: 'Topic "{topic}" collides with "{other}" on the same cluster once "." and "_" are treated alike: Kafka refuses to create one of them.',
      duplicate: 'Two topics on the same cluster are named "{topic}": on the broker they are one topic.',
    },
  },
  check({ design, report }) {
    // Topics that would share a metric name, per cluster (topics without a cluster share one bucket).
    const byMetric = new Map<string, ResolvedKafkaTopic[]>();
    for (const topic of nodesOfKind(design, 'kafka-topic')) {
      const key = `${topic.cluster ?? ''}\u0000${metricName(topic.name)}`;
      const bucket = byMetric.get(key);
      if (bucket) bucket.push(topic);
      else byMetric.set(key, [topic]);
    }
    for (const topics of byMetric.values()) {
      for (const topic of topics) {
        const other = topics.find((t) => t.name !== topic.name);
        if (other) report({ target: { type: 'node', id: topic.id }, messageId: 'collides', data: { topic: topic.name, other: other.name } });
        // The first of several topics of one name keeps it; each later one is the duplicate to rename.
        const first = topics.find((t) => t.name === topic.name);
        if (first !== topic) {
          const taken = new Set(design.nodes.filter((n) => n.kind === 'kafka-topic' && n.cluster === topic.cluster).map((n) => metricName(n.name)));
          const name = uniqueIdAmong(topic.name, taken);
          report({
            target: { type: 'node', id: topic.id },
            messageId: 'duplicate',
            data: { topic: topic.name },
            fix: { label: `Rename it to "${name}"`, apply: (d) => renamed(d, topic.id, name) },
          });
        }
      }
    }
  },
});

/** `name-2`, `name-3`, … whose metric name no topic of the cluster has (`name` itself is taken). */
function uniqueIdAmong(name: string, takenMetrics: ReadonlySet<string>): string {
  return uniqueId(name, { has: (candidate: string) => takenMetrics.has(metricName(candidate)) });
}

function renamed(design: Design, id: string, name: string): Design {
  const result = renameNode(design, id, name);
  return result.ok ? result.design : design;
}
