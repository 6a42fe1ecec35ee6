import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

/** The docs and examples of `kafka/topic-name-valid`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'Kafka accepts topic names of at most 249 characters made of ASCII letters, digits, ".", "_" and "-", other than "." and "..". Any other name fails with InvalidTopicException, so the topic cannot be created. The node\'s name is the topic name.',
  howToFix: 'Rename the topic using only letters, digits, ".", "_" and "-" (for example orders.placed).',
  sources: [KAFKA_SOURCES.topicNameSource],
  examples: {
    failing: exampleDesign({ nodes: [{ kind: 'kafka-topic', id: 'orders', name: 'Orders placed' }] }),
    passing: exampleDesign({ nodes: [{ kind: 'kafka-topic', id: 'orders', name: 'orders.placed' }] }),
  },
};
