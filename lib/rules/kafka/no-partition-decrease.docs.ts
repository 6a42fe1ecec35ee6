import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

/** The docs and examples of `kafka/no-partition-decrease`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale: 'Kafka can add partitions to a topic but never remove them: a plan to shrink a topic cannot be applied in place.',
  howToFix: 'Keep the partition count, or create a new topic with fewer partitions and migrate producers and consumers to it.',
  sources: [KAFKA_SOURCES.opsModifyTopic],
  examples: {
    failing: exampleDesign({ nodes: [{ kind: 'kafka-topic', id: 'orders', partitions: 12, plannedPartitions: 6 }] }),
    passing: exampleDesign({ nodes: [{ kind: 'kafka-topic', id: 'orders', partitions: 12, plannedPartitions: 24 }] }),
  },
};
