import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

/** The docs and examples of `kafka/topic-name-no-dot-underscore-mix`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "Kafka warns that \"due to limitations in metric names, topics with a period ('.') or underscore ('_') could collide\": orders.placed and orders_placed report under the same metric name, and Kafka refuses to create a topic that collides with an existing one (kafka/topic-name-collision). Using one separator throughout keeps that from happening later; where a tool dictates the names (Debezium's server.schema.table), mixing is harmless until two names actually collide.",
  howToFix: 'Pick one separator for all topic names (for example "." between levels and "-" inside words) and rename the others.',
  sources: [KAFKA_SOURCES.topicNameSource],
  examples: {
    failing: exampleDesign({ nodes: [{ kind: 'kafka-topic', id: 'orders', name: 'orders.payment_processed' }] }),
    passing: exampleDesign({ nodes: [{ kind: 'kafka-topic', id: 'orders', name: 'orders.payment-processed' }] }),
  },
};
