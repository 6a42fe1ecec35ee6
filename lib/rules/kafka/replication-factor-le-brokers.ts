import { clusterOf, nodesOfKind } from '../../design';
import { defineRule } from '../rule';
import { fitReplicationLabel, fitReplicationToCluster } from './_replication';

export const replicationFactorLeBrokers = defineRule({
  meta: {
    id: 'kafka/replication-factor-le-brokers',
    category: 'durability',
    severity: 'error',
    reads: ['producer', 'kafka-topic', 'rabbitmq-exchange', 'rabbitmq-queue', 'consumer-group', 'projection'],
    summary: "A topic's replication factor cannot exceed the number of brokers in its cluster.",
    messages: {
      tooManyReplicas: 'Topic "{topic}" has replication factor {rf} but cluster "{cluster}" has {brokers} brokers: Kafka cannot place the replicas, so creating the topic fails.',
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
