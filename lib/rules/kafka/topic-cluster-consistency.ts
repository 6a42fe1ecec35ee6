import { clusterOf, nodesOfKind, updateNode } from '../../design';
import { defineRule } from '../rule';
import { isKafkaCluster } from '../../brokers/kafka/broker-settings';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

export const topicClusterConsistency = defineRule({
  meta: {
    id: 'kafka/topic-cluster-consistency',
    category: 'operability',
    severity: 'error',
    docs: {
      summary: 'A Kafka topic must be placed on a Kafka or Redpanda cluster.',
      rationale:
        'A topic declared for a cluster that is not the one it will be applied to cannot be created there: topicctl\'s consistency check refuses a topic whose cluster metadata does not match the target cluster. In a design, the same mistake is a Kafka topic assigned to a RabbitMQ, NATS, AWS or Pulsar cluster, which no Kafka export can apply.',
      howToFix: 'Move the topic to a Kafka or Redpanda cluster.',
      sources: [KAFKA_SOURCES.topicctlLoad],
    },
    subsumes: ['core/cluster-broker-mismatch'],
    messages: {
      wrongBroker: 'Kafka topic "{topic}" is placed on cluster "{cluster}", a {broker} cluster: it cannot be created there.',
    },
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
