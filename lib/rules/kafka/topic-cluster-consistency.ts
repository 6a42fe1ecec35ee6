import { clusterOf, nodesOfKind, updateNode } from '../../design';
import { defineRule } from '../rule';
import { isKafkaCluster } from '../../brokers/kafka/broker-settings';

export const topicClusterConsistency = defineRule({
  meta: {
    id: 'kafka/topic-cluster-consistency',
    category: 'operability',
    severity: 'error',
    reads: ['kafka-topic'],
    scope: 'node',
    summary: 'A Kafka topic must be placed on a Kafka or Redpanda cluster.',
    subsumes: ['core/cluster-broker-mismatch'],
    messages: {
      wrongBroker: 'Kafka topic "{topic}" is placed on cluster "{cluster}", a {broker} cluster: it cannot be created there.',
    },
  },
  check({ design, report }) {
    const home = design.clusters.find(isKafkaCluster);
    for (const topic of nodesOfKind(design, 'kafka-topic')) {
      const cluster = clusterOf(design, topic);
      if (!cluster || isKafkaCluster(cluster)) continue;
      report({
        target: { type: 'node', id: topic.id },
        messageId: 'wrongBroker',
        data: { topic: topic.name, cluster: cluster.name, broker: cluster.broker },
        fix: home ? { label: `Move it to "${home.name}"`, apply: (d) => updateNode(d, topic.id, { cluster: home.id }) } : undefined,
      });
    }
  },
});
