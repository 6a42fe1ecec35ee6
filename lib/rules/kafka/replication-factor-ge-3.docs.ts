import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

/** The docs and examples of `kafka/replication-factor-ge-3`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'Replication factor 3 with min.insync.replicas 2 and acks=all is the documented durable setup: a write survives the loss of a broker, and the topic stays writable while one broker is down for maintenance. With 2 replicas there is no slack: losing one broker leaves a single copy. Confluent Cloud enforces a replication factor of 3.',
  howToFix: 'Set the replication factor to 3 and min.insync.replicas to 2; the cluster needs at least 3 brokers.',
  sources: [KAFKA_SOURCES.opsAddTopic, KAFKA_SOURCES.topicConfigs, KAFKA_SOURCES.confluentDurability],
  examples: {
    failing: exampleDesign({ nodes: [{ kind: 'kafka-topic', id: 'orders', replicationFactor: 2, config: { 'min.insync.replicas': 1 } }] }),
    passing: exampleDesign({ nodes: [{ kind: 'kafka-topic', id: 'orders', replicationFactor: 3, config: { 'min.insync.replicas': 2 } }] }),
  },
};
