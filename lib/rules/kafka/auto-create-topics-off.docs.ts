import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

/** The docs and examples of `kafka/auto-create-topics-off`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'With automatic topic creation, a producer or consumer that names a topic that does not exist (a typo, an old name) creates it on the spot with the broker defaults: num.partitions=1 and default.replication.factor, not the partitions, replication and retention designed here. Apache Kafka enables auto.create.topics.enable by default; Redpanda disables auto_create_topics_enabled by default.',
  howToFix: 'Set auto.create.topics.enable=false (Redpanda: auto_create_topics_enabled=false) and create topics explicitly from the design, for example with topicctl or Strimzi KafkaTopic resources.',
  sources: [KAFKA_SOURCES.serverLogConfigsSource, KAFKA_SOURCES.brokerConfigs, KAFKA_SOURCES.redpandaClusterProperties],
  examples: {
    failing: exampleDesign({
      clusters: [{ id: 'kafka', broker: 'kafka' }],
      nodes: [{ kind: 'kafka-topic', id: 'orders', cluster: 'kafka' }],
    }),
    passing: exampleDesign({
      clusters: [{ id: 'kafka', broker: 'kafka', config: { 'auto.create.topics.enable': false } }],
      nodes: [{ kind: 'kafka-topic', id: 'orders', cluster: 'kafka' }],
    }),
  },
};
