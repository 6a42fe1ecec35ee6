import { clusterOf, nodesOfKind, updateNode } from '../../design';
import { defineRule } from '../rule';
import { exampleDesign } from './_examples';
import { fitReplicationLabel, fitReplicationToCluster } from './_replication';
import { KAFKA_SOURCES } from './_sources';

export const rfVsCluster = defineRule({
  meta: {
    id: 'kafka/rf-vs-cluster',
    category: 'durability',
    severity: 'error',
    docs: {
      summary: 'A topic\'s replication and placement must fit its cluster\'s brokers and racks.',
      rationale:
        'Replicas of a partition go to different brokers, so a replication factor above the broker count cannot be placed and creating the topic fails. With topicctl\'s cross-rack placement every replica must be in a different rack, so the replication factor cannot exceed the number of racks; with balanced-leaders placement, leaders can only be spread evenly when the partition count is a multiple of the rack count. topicctl rejects both configurations.',
      howToFix: 'Add brokers (or lower the replication factor outside production); for cross-rack placement use at most as many replicas as racks; for balanced-leaders use a multiple of the rack count as partition count.',
      sources: [KAFKA_SOURCES.topicctlTopic, KAFKA_SOURCES.opsAddTopic],
    },
    subsumes: ['kafka/replication-factor-le-brokers'],
    messages: {
      brokers: 'Topic "{topic}" has replication factor {rf} but cluster "{cluster}" has only {brokers} brokers: the replicas cannot be placed, so creating the topic fails.',
      racks:
        'Topic "{topic}" places its {rf} replicas cross-rack but cluster "{cluster}" spans only {racks} racks: two replicas would share a rack, so topicctl rejects the placement.',
      leaders:
        'Topic "{topic}" balances leaders across {racks} racks but has {partitions} partitions, not a multiple of {racks}: its leaders cannot be balanced, so topicctl rejects the placement.',
    },
    examples: {
      failing: exampleDesign({
        clusters: [{ id: 'kafka', broker: 'kafka', nodes: 6, racks: 2 }],
        nodes: [{ kind: 'kafka-topic', id: 'orders', cluster: 'kafka', replicationFactor: 3, placement: 'cross-rack' }],
      }),
      passing: exampleDesign({
        clusters: [{ id: 'kafka', broker: 'kafka', nodes: 6, racks: 3 }],
        nodes: [{ kind: 'kafka-topic', id: 'orders', cluster: 'kafka', replicationFactor: 3, placement: 'cross-rack' }],
      }),
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
