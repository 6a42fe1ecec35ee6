import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

/** The docs and examples of `kafka/topic-cluster-consistency`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "A topic declared for a cluster that is not the one it will be applied to cannot be created there: topicctl's consistency check refuses a topic whose cluster metadata does not match the target cluster. In a design, the same mistake is a Kafka topic assigned to a RabbitMQ, NATS, AWS or Pulsar cluster, which no Kafka export can apply.",
  howToFix: 'Move the topic to a Kafka or Redpanda cluster.',
  sources: [KAFKA_SOURCES.topicctlLoad],
  examples: {
    failing: exampleDesign({
      clusters: [{ id: 'rabbit', broker: 'rabbitmq' }],
      nodes: [{ kind: 'kafka-topic', id: 'orders', cluster: 'rabbit' }],
    }),
    passing: exampleDesign({
      clusters: [{ id: 'kafka', broker: 'kafka' }],
      nodes: [{ kind: 'kafka-topic', id: 'orders', cluster: 'kafka' }],
    }),
  },
};
