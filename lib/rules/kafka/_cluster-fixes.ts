import { updateDesign, type Cluster, type Design } from '../../design';

/**
 * Fixes that change a cluster rather than a node. Clusters are not nodes, so
 * `updateNode` cannot reach them; these go through `updateDesign`.
 */

/** Replaces fields of one cluster; the design is returned unchanged when the cluster is missing. */
export function updateCluster(design: Design, clusterId: string, patch: Partial<Omit<Cluster, 'id'>>): Design {
  if (!design.clusters.some((c) => c.id === clusterId)) return design;
  return updateDesign(design, { clusters: design.clusters.map((c) => (c.id === clusterId ? { ...c, ...patch, id: c.id } : c)) });
}

/** Sets one broker-level setting of a cluster, by the broker's own name. */
export function setBrokerSetting(design: Design, clusterId: string, name: string, value: string | number | boolean): Design {
  const cluster = design.clusters.find((c) => c.id === clusterId);
  if (!cluster) return design;
  return updateCluster(design, clusterId, { config: { ...cluster.config, [name]: value } });
}

/** Grows a cluster to at least `nodes` brokers. */
export function growCluster(design: Design, clusterId: string, nodes: number): Design {
  const cluster = design.clusters.find((c) => c.id === clusterId);
  if (!cluster || cluster.nodes >= nodes) return design;
  return updateCluster(design, clusterId, { nodes });
}
