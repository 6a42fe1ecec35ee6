import { patchNode, type Cluster, type Design } from '../../design';
import type { ResolvedKafkaTopic } from '../../brokers/kafka/resolve';
import { growCluster } from './_cluster-fixes';
import { minIsrFor } from './_min-isr';

/**
 * Makes a topic's replication factor fit its cluster. In production the
 * durability stays and the cluster grows; elsewhere (a laptop, a staging box)
 * the replication factor shrinks to the brokers there are.
 */
export function fitReplicationToCluster(design: Design, topic: ResolvedKafkaTopic, cluster: Cluster): Design {
  if (cluster.environment === 'production') return growCluster(design, cluster.id, topic.replicationFactor);
  const rf = cluster.nodes;
  const minIsr = Math.min(topic.config['min.insync.replicas'], minIsrFor(rf));
  return patchNode(design, topic.id, { replicationFactor: rf, config: { 'min.insync.replicas': minIsr } });
}

/** Describes the fix `fitReplicationToCluster` makes. */
export function fitReplicationLabel(topic: ResolvedKafkaTopic, cluster: Cluster): string {
  return cluster.environment === 'production' ? `Grow cluster "${cluster.name}" to ${topic.replicationFactor} brokers` : `Set replication factor ${cluster.nodes}`;
}
