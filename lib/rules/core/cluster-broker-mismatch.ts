import { kindDefinition, updateNode, type Design, type DesignNode } from '../../design';
import { defineRule } from '../rule';

/** The design with `id` on no cluster (the key removed, as in a file that never had it). */
function withoutCluster(design: Design, id: string): Design {
  return {
    ...design,
    nodes: design.nodes.map((n): DesignNode => {
      if (n.id !== id) return n;
      const copy = { ...n };
      delete copy.cluster;
      return copy;
    }),
  };
}

export const clusterBrokerMismatch = defineRule({
  meta: {
    id: 'core/cluster-broker-mismatch',
    category: 'operability',
    severity: 'error',
    summary: 'A topic, queue, exchange or stream must live on a cluster of its broker.',
    messages: {
      mismatch: '{kind} "{node}" is placed on cluster "{cluster}", a {broker} cluster, which cannot host it.',
    },
  },
  check({ design, graph, report }) {
    for (const node of design.nodes) {
      const definition = kindDefinition(node.kind);
      const cluster = node.cluster === undefined ? undefined : graph.clusterById.get(node.cluster);
      // Services (producers, consumer groups) are not hosted by a broker: a cluster on them only says where they connect.
      if (!definition || !cluster || definition.clusterBrokers.length === 0) continue;
      if (definition.clusterBrokers.includes(cluster.broker)) continue;
      const home = design.clusters.find((c) => definition.clusterBrokers.includes(c.broker));
      report({
        target: { type: 'node', id: node.id },
        messageId: 'mismatch',
        data: { kind: definition.label, node: node.name, cluster: cluster.name, broker: cluster.broker },
        fix: {
          label: home ? `Move it to cluster "${home.name}"` : 'Take it off that cluster',
          apply: (d) => (home ? updateNode(d, node.id, { cluster: home.id }) : withoutCluster(d, node.id)),
        },
      });
    }
  },
});
