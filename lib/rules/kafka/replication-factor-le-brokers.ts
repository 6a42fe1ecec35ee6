import { clusterOf, nodesOfKind } from '../../design';
import { defineRule } from '../rule';
import { exampleDesign } from './_examples';
import { fitReplicationLabel, fitReplicationToCluster } from './_replication';
import { KAFKA_SOURCES } from './_sources';

export const replicationFactorLeBrokers = defineRule({
  meta: {
    id: 'kafka/replication-factor-le-brokers',
    category: 'durability',
    severity: 'error',
    docs: {
      summary: 'A topic\'s replication factor cannot exceed the number of brokers in its cluster.',
      rationale:
        'Each replica of a partition must live on a different broker, so a topic cannot have more replicas than there are brokers: creating it fails (InvalidReplicationFactorException), and topicctl refuses such a config.',
      howToFix: 'Add brokers to the cluster, or lower the replication factor (acceptable outside production).',
      sources: [KAFKA_SOURCES.opsAddTopic, KAFKA_SOURCES.topicctlTopic],
    },
    messages: {
      tooManyReplicas:
        'Topic "{topic}" has replication factor {rf} but cluster "{cluster}" has {brokers} brokers: Kafka cannot place the replicas, so creating the topic fails.',
    },
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
  },
  check({ design, report }) {
    for (const topic of nodesOfKind(design, 'kafka-topic')) {
      const cluster = clusterOf(design, topic);
      if (!cluster || topic.replicationFactor <= cluster.nodes) continue;
      report({
        target: { type: 'node', id: topic.id },
        messageId: 'tooManyReplicas',
        data: { topic: topic.name, rf: topic.replicationFactor, cluster: cluster.name, brokers: cluster.nodes },
        fix: { label: fitReplicationLabel(topic, cluster), apply: (d) => fitReplicationToCluster(d, topic, cluster) },
      });
    }
  },
});
