import { nodesOfKind, updateNode } from '../../design';
import { defineRule } from '../rule';
import { metricName } from './_topic-names';

export const topicNameNoDotUnderscoreMix = defineRule({
  meta: {
    id: 'kafka/topic-name-no-dot-underscore-mix',
    category: 'operability',
    severity: 'info',
    reads: ['kafka-topic'],
    summary: 'A Kafka topic name should use "." or "_" as a separator, not both.',
    messages: {
      mixed: 'Topic "{topic}" mixes "." and "_": such names can collide with other topics in Kafka\'s metric names.',
    },
  },
  check({ design, report }) {
    const topics = nodesOfKind(design, 'kafka-topic');
    const taken = new Set(topics.map((t) => `${t.cluster ?? ''}\u0000${metricName(t.name)}`));
    // Topics per (cluster, metric name), counted once rather than compared pairwise: linear in the topics.
    const sameMetric = new Map<string, number>();
    const metricKey = (t: (typeof topics)[number]) => `${t.cluster === undefined ? 'none' : `cluster:${t.cluster}`}\u0000${metricName(t.name)}`;
    for (const t of topics) {
      const key = metricKey(t);
      sameMetric.set(key, (sameMetric.get(key) ?? 0) + 1);
    }
    for (const topic of topics) {
      if (!topic.name.includes('.') || !topic.name.includes('_')) continue;
      // A name that already collides is kafka/topic-name-collision's finding.
      if (sameMetric.get(metricKey(topic))! > 1) continue;
      const renamed = topic.name.replace(/_/g, '-');
      report({
        target: { type: 'node', id: topic.id },
        messageId: 'mixed',
        data: { topic: topic.name },
        fix: taken.has(`${topic.cluster ?? ''}\u0000${metricName(renamed)}`) ? undefined : { label: `Rename to "${renamed}"`, apply: (d) => updateNode(d, topic.id, { name: renamed }) },
      });
    }
  },
});
