import { updateDesign } from '../../design';
import { defineRule } from '../rule';

export const clusterOddNodeCount = defineRule({
  meta: {
    id: 'rabbitmq/cluster-odd-node-count',
    category: 'durability',
    severity: 'warning',
    reads: [],
    summary: 'A production RabbitMQ cluster should have an odd number of nodes (3, 5, 7).',
    messages: {
      even: 'RabbitMQ cluster "{cluster}" has {nodes} nodes: an even count tolerates no more node failures than {lower} nodes.',
    },
  },
  check({ design, report }) {
    for (const cluster of design.clusters) {
      if (cluster.broker !== 'rabbitmq' || cluster.environment !== 'production' || cluster.nodes % 2 !== 0) continue;
      report({
        target: { type: 'design' },
        messageId: 'even',
        data: { cluster: cluster.name, nodes: cluster.nodes, lower: cluster.nodes - 1 },
        fix: {
          label: `Run ${cluster.nodes + 1} nodes`,
          apply: (d) => updateDesign(d, { clusters: d.clusters.map((c) => (c.id === cluster.id ? { ...c, nodes: cluster.nodes + 1 } : c)) }),
        },
      });
    }
  },
});
