import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

/** The docs and examples of `kafka/topic-name-collision`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'Kafka reports a topic\'s metrics under its name with "." turned into "_", so orders.placed and orders_placed would share metrics; to prevent that the broker refuses to create a topic whose name collides with an existing one ("collides with existing topics"). Whichever is created second never exists. Two topics of exactly the same name (a paste, a copied block) are one topic on the broker: both nodes\' producers and consumers share it, and every exporter writes it twice.',
  howToFix: 'Rename one of the two topics (the fix names the second one `<name>-2`).',
  sources: [KAFKA_SOURCES.topicNameSource],
  examples: {
    failing: exampleDesign({
      nodes: [
        { kind: 'kafka-topic', id: 'a', name: 'orders.placed' },
        { kind: 'kafka-topic', id: 'b', name: 'orders_placed' },
      ],
    }),
    passing: exampleDesign({
      nodes: [
        { kind: 'kafka-topic', id: 'a', name: 'orders.placed' },
        { kind: 'kafka-topic', id: 'b', name: 'orders.paid' },
      ],
    }),
  },
};
