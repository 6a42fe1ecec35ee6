import { nodesOfKind, updateDesign, type Cluster } from '../../design';
import { defineRule } from '../rule';

/** The fix's cluster size: up to the next recommended size where one exists. */
function recommendedSize(nodes: number): number | undefined {
  if (nodes < 3) return 3;
  if (nodes === 4) return 5;
  return undefined;
}

export const clusterSize = defineRule({
  meta: {
    id: 'nats/cluster-size',
    category: 'durability',
    severity: 'info',
    reads: ['nats-stream'],
    summary: 'A production JetStream cluster should have 3 or 5 servers.',
    messages: {
      clusterSize: 'NATS cluster "{cluster}" has {nodes} server(s): JetStream quorums tolerate {tolerated} failure(s) with it; 3 or 5 servers are recommended.',
    },
  },
  check({ design, graph, report }) {
    // Only clusters that host streams run JetStream; the rule is about their quorum.
    const jetstreamClusters = new Set<Cluster>();
    for (const stream of nodesOfKind(design, 'nats-stream')) {
      const cluster = stream.cluster === undefined ? undefined : graph.clusterById.get(stream.cluster);
      if (cluster?.broker === 'nats') jetstreamClusters.add(cluster);
    }
    for (const cluster of jetstreamClusters) {
      if (cluster.environment !== 'production' || cluster.nodes === 3 || cluster.nodes === 5) continue;
      const size = recommendedSize(cluster.nodes);
      report({
        target: { type: 'design' },
        messageId: 'clusterSize',
        data: { cluster: cluster.name, nodes: cluster.nodes, tolerated: Math.floor((cluster.nodes - 1) / 2) },
        fix:
          size === undefined
            ? undefined
            : {
                label: `Run ${size} servers in "${cluster.name}"`,
                apply: (d) => updateDesign(d, { clusters: d.clusters.map((c) => (c.id === cluster.id ? { ...c, nodes: size } : c)) }),
              },
      });
    }
  },
});
