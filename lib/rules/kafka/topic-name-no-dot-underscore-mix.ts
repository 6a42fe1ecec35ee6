import { nodesOfKind, updateNode } from '../../design';
import type { ResolvedKafkaTopic } from '../../brokers/resolved-design';
import { defineRule } from '../rule';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

/** Kafka's metric names turn "." into "_", so names equal after that swap collide. */
function metricName(name: string): string {
  return name.replace(/\./g, '_');
}

export const topicNameNoDotUnderscoreMix = defineRule({
  meta: {
    id: 'kafka/topic-name-no-dot-underscore-mix',
    category: 'operability',
    severity: 'warning',
    docs: {
      summary: 'A Kafka topic name should use "." or "_" as a separator, not both, and must not collide with another topic\'s name once "." becomes "_".',
      rationale:
        'Kafka warns that "due to limitations in metric names, topics with a period (\'.\') or underscore (\'_\') could collide": orders.placed and orders_placed report under the same metric name, and Kafka refuses to create a topic that collides with an existing one. Using one separator throughout avoids both.',
      howToFix: 'Pick one separator for all topic names (for example "." between levels and "-" inside words) and rename the others.',
      sources: [KAFKA_SOURCES.topicNameSource],
    },
    messages: {
      collides: 'Topic "{topic}" collides with "{other}" on the same cluster once "." and "_" are treated alike: Kafka refuses to create one of them, and their metrics merge.',
      mixed: 'Topic "{topic}" mixes "." and "_": such names can collide with other topics in Kafka\'s metric names.',
    },
    examples: {
      failing: exampleDesign({ nodes: [{ kind: 'kafka-topic', id: 'orders', name: 'orders.payment_processed' }] }),
      passing: exampleDesign({ nodes: [{ kind: 'kafka-topic', id: 'orders', name: 'orders.payment-processed' }] }),
    },
  },
  check({ design, report }) {
    const topics = nodesOfKind(design, 'kafka-topic');
    // Topics that would share a metric name, per cluster (topics without a cluster share one bucket).
    const byMetric = new Map<string, ResolvedKafkaTopic[]>();
    for (const topic of topics) {
      const key = `${topic.cluster ?? ''}\u0000${metricName(topic.name)}`;
      const list = byMetric.get(key);
      if (list) list.push(topic);
      else byMetric.set(key, [topic]);
    }
    for (const topic of topics) {
      const other = byMetric.get(`${topic.cluster ?? ''}\u0000${metricName(topic.name)}`)!.find((t) => t.name !== topic.name);
      if (other) {
        report({ target: { type: 'node', id: topic.id }, messageId: 'collides', data: { topic: topic.name, other: other.name } });
        continue;
      }
      if (!topic.name.includes('.') || !topic.name.includes('_')) continue;
      const renamed = topic.name.replace(/_/g, '-');
      report({
        target: { type: 'node', id: topic.id },
        messageId: 'mixed',
        data: { topic: topic.name },
        fix: { label: `Rename to "${renamed}"`, apply: (d) => updateNode(d, topic.id, { name: renamed }) },
      });
    }
  },
});
