import { nodesOfKind, updateNode } from '../../design';
import { defineRule } from '../rule';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';
import { metricName } from './_topic-names';

export const topicNameNoDotUnderscoreMix = defineRule({
  meta: {
    id: 'kafka/topic-name-no-dot-underscore-mix',
    category: 'operability',
    severity: 'info',
    docs: {
      summary: 'A Kafka topic name should use "." or "_" as a separator, not both.',
      rationale:
        'Kafka warns that "due to limitations in metric names, topics with a period (\'.\') or underscore (\'_\') could collide": orders.placed and orders_placed report under the same metric name, and Kafka refuses to create a topic that collides with an existing one (kafka/topic-name-collision). Using one separator throughout keeps that from happening later; where a tool dictates the names (Debezium\'s server.schema.table), mixing is harmless until two names actually collide.',
      howToFix: 'Pick one separator for all topic names (for example "." between levels and "-" inside words) and rename the others.',
      sources: [KAFKA_SOURCES.topicNameSource],
    },
    messages: {
      mixed: 'Topic "{topic}" mixes "." and "_": such names can collide with other topics in Kafka\'s metric names.',
    },
    examples: {
      failing: exampleDesign({ nodes: [{ kind: 'kafka-topic', id: 'orders', name: 'orders.payment_processed' }] }),
      passing: exampleDesign({ nodes: [{ kind: 'kafka-topic', id: 'orders', name: 'orders.payment-processed' }] }),
    },
  },
  check({ design, report }) {
    const topics = nodesOfKind(design, 'kafka-topic');
    const taken = new Set(topics.map((t) => `${t.cluster ?? ''}\u0000${metricName(t.name)}`));
    for (const topic of topics) {
      if (!topic.name.includes('.') || !topic.name.includes('_')) continue;
      // A name that already collides is kafka/topic-name-collision's finding.
      if (topics.some((t) => t !== topic && t.cluster === topic.cluster && metricName(t.name) === metricName(topic.name))) continue;
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
