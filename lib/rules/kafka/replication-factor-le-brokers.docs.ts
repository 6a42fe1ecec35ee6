import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

/** The docs and examples of `kafka/replication-factor-le-brokers`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'Each replica of a partition must live on a different broker, so a topic cannot have more replicas than there are brokers: creating it fails (InvalidReplicationFactorException), and topicctl refuses such a config.',
  howToFix: 'Add brokers to the cluster, or lower the replication factor (acceptable outside production).',
  sources: [KAFKA_SOURCES.opsAddTopic, KAFKA_SOURCES.topicctlTopic],
  examples: {
    failing: exampleDesign({
      clusters: [{ id: 'kafka', broker: 'kafka', nodes: 1, environment: 'development' }],
      nodes: [{ kind: 'kafka-topic', id: 'orders', cluster: 'kafka', replicationFactor: 3 }],
    }),
    passing: exampleDesign({
      clusters: [{ id: 'kafka', broker: 'kafka', nodes: 3 }],
      nodes: [{ kind: 'kafka-topic', id: 'orders', cluster: 'kafka', replicationFactor: 3 }],
    }),
  },
};
