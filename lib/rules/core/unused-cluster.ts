import type { Design } from '../../design';
import { defineRule } from '../rule';

function withoutCluster(design: Design, id: string): Design {
  return { ...design, clusters: design.clusters.filter((c) => c.id !== id) };
}

export const unusedCluster = defineRule({
  meta: {
    id: 'core/unused-cluster',
    category: 'operability',
    severity: 'warning',
    summary: 'Every cluster of a design hosts at least one of its topics, queues, exchanges, streams or services.',
    messages: {
      unused: 'Cluster "{cluster}" ({broker}) hosts no node of the design.',
    },
  },
  check({ design, report }) {
    const used = new Set(design.nodes.map((n) => n.cluster));
    for (const cluster of design.clusters) {
      if (used.has(cluster.id)) continue;
      report({
        target: { type: 'design' },
        messageId: 'unused',
        data: { cluster: cluster.name, broker: cluster.broker },
        fix: { label: `Remove cluster "${cluster.name}"`, apply: (d) => withoutCluster(d, cluster.id) },
      });
    }
  },
});
