import { nodesOfKind, updateDesign, type Cluster } from '../../design';
import { defineRule } from '../rule';
import { NATS_SOURCES } from './_sources';

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
    docs: {
      summary: 'A production JetStream cluster should have 3 or 5 servers.',
      rationale:
        'JetStream replicates with RAFT: the meta group and each replicated stream need a quorum of ⌊N/2⌋+1 servers. The NATS docs recommend 3 or 5 JetStream servers, spread over availability zones: fewer than 3 tolerates no failure, and an even count adds a server without adding fault tolerance.',
      howToFix: 'Run 3 JetStream servers (5 when two simultaneous failures must be survived), in different zones.',
      sources: [NATS_SOURCES.clustering],
    },
    messages: {
      clusterSize:
        'NATS cluster "{cluster}" has {nodes} server(s): JetStream quorums tolerate {tolerated} failure(s) with it; 3 or 5 servers are recommended.',
    },
    examples: {
      failing: {
        queuewright: 2,
        clusters: [{ id: 'nats', name: 'NATS', broker: 'nats', nodes: 2 }],
        nodes: [{ kind: 'nats-stream', id: 'orders', name: 'ORDERS', num_replicas: 1, cluster: 'nats' }],
      },
      passing: {
        queuewright: 2,
        clusters: [{ id: 'nats', name: 'NATS', broker: 'nats', nodes: 3 }],
        nodes: [{ kind: 'nats-stream', id: 'orders', name: 'ORDERS', cluster: 'nats' }],
      },
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
