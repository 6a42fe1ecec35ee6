import { clusterOf, nodesOfKind, patchNode } from '../../design';
import { isProduction, unsetNote } from '../flow';
import { defineRule } from '../rule';
import { growCluster } from './_cluster-fixes';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

export const replicationFactorGe3 = defineRule({
  meta: {
    id: 'kafka/replication-factor-ge-3',
    category: 'durability',
    severity: 'warning',
    docs: {
      summary: 'A production topic should have a replication factor of at least 3.',
      rationale:
        'Replication factor 3 with min.insync.replicas 2 and acks=all is the documented durable setup: a write survives the loss of a broker, and the topic stays writable while one broker is down for maintenance. With 2 replicas there is no slack: losing one broker leaves a single copy. Confluent Cloud enforces a replication factor of 3.',
      howToFix: 'Set the replication factor to 3 and min.insync.replicas to 2; the cluster needs at least 3 brokers.',
      sources: [KAFKA_SOURCES.opsAddTopic, KAFKA_SOURCES.topicConfigs, KAFKA_SOURCES.confluentDurability],
    },
    messages: {
      lowRf: 'Production topic "{topic}" has replication factor {rf}{origin}: losing one broker leaves at most one copy of its data.',
    },
    examples: {
      failing: exampleDesign({ nodes: [{ kind: 'kafka-topic', id: 'orders', replicationFactor: 2, config: { 'min.insync.replicas': 1 } }] }),
      passing: exampleDesign({ nodes: [{ kind: 'kafka-topic', id: 'orders', replicationFactor: 3, config: { 'min.insync.replicas': 2 } }] }),
    },
  },
  check({ design, source, report }) {
    for (const topic of nodesOfKind(design, 'kafka-topic')) {
      if (topic.replicationFactor >= 3 || !isProduction(design, topic)) continue;
      const cluster = clusterOf(design, topic);
      const grow = cluster !== undefined && cluster.nodes < 3;
      report({
        target: { type: 'node', id: topic.id },
        messageId: 'lowRf',
        data: { topic: topic.name, rf: topic.replicationFactor, origin: unsetNote(source(topic.id, 'replicationFactor')) },
        fix: {
          label: grow ? `Set replication factor 3, min.insync.replicas 2, and grow "${cluster.name}" to 3 brokers` : 'Set replication factor 3 and min.insync.replicas 2',
          apply: (d) => {
            const updated = patchNode(d, topic.id, { replicationFactor: 3, config: { 'min.insync.replicas': 2 } });
            return grow ? growCluster(updated, cluster.id, 3) : updated;
          },
        },
      });
    }
  },
});
