import { clusterOf, nodesOfKind, patchNode } from '../../design';
import { isProduction, unsetNote } from '../flow';
import { defineRule } from '../rule';
import { growCluster } from './_cluster-fixes';

export const replicationFactorGe3 = defineRule({
  meta: {
    id: 'kafka/replication-factor-ge-3',
    category: 'durability',
    severity: 'warning',
    reads: ['kafka-topic'],
    scope: 'node',
    summary: 'A production topic should have a replication factor of at least 3.',
    messages: {
      lowRf: 'Production topic "{topic}" has replication factor {rf}{origin}: losing one broker leaves at most one copy of its data.',
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
