import { clusterOf, nodesOfKind, updateNode } from '../../design';
import { defineRule } from '../rule';
import { fitReplicationLabel, fitReplicationToCluster } from './_replication';

export const rfVsCluster = defineRule({
  meta: {
    id: 'kafka/rf-vs-cluster',
    category: 'durability',
    severity: 'error',
    reads: ['producer', 'kafka-topic', 'rabbitmq-exchange', 'rabbitmq-queue', 'consumer-group', 'projection'],
    summary: "A topic's replication and placement must fit its cluster's brokers and racks.",
    subsumes: ['kafka/replication-factor-le-brokers'],
    messages: {
      brokers: 'Topic "{topic}" has replication factor {rf} but cluster "{cluster}" has only {brokers} brokers: the replicas cannot be placed, so creating the topic fails.',
      racks: 'Topic "{topic}" places its {rf} replicas cross-rack but cluster "{cluster}" spans only {racks} racks: two replicas would share a rack, so topicctl rejects the placement.',
      leaders: 'Topic "{topic}" balances leaders across {racks} racks but has {partitions} partitions, not a multiple of {racks}: its leaders cannot be balanced, so topicctl rejects the placement.',
    },
  },
  check({ design, report }) {
    for (const topic of nodesOfKind(design, 'kafka-topic')) {
      const cluster = clusterOf(design, topic);
      if (!cluster) continue;
      const rf = topic.replicationFactor;
      const base = { topic: topic.name, cluster: cluster.name, rf, brokers: cluster.nodes, racks: cluster.racks, partitions: topic.partitions };
      if (rf > cluster.nodes) {
        report({
          target: { type: 'node', id: topic.id },
          messageId: 'brokers',
          data: base,
          fix: { label: fitReplicationLabel(topic, cluster), apply: (d) => fitReplicationToCluster(d, topic, cluster) },
        });
      }
      if (topic.placement === 'cross-rack' && rf > cluster.racks) {
        // Racks are physical and fewer replicas weaken durability: which to change is the user's decision.
        report({ target: { type: 'node', id: topic.id }, messageId: 'racks', data: base });
      }
      if (topic.placement === 'balanced-leaders' && topic.partitions % cluster.racks !== 0) {
        const rounded = Math.ceil(topic.partitions / cluster.racks) * cluster.racks;
        report({
          target: { type: 'node', id: topic.id },
          messageId: 'leaders',
          data: base,
          fix: { label: `Use ${rounded} partitions`, apply: (d) => updateNode(d, topic.id, { partitions: rounded }) },
        });
      }
    }
  },
});
