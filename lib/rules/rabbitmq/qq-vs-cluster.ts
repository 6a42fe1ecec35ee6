import { clusterOf, patchNode, updateDesign, type Cluster } from '../../design';
import type { ResolvedRabbitmqQueue } from '../../brokers/rabbitmq/resolve';
import { defineRule } from '../rule';
import { rabbitQueues } from './_queues';

/** Node failures a quorum of `replicas` survives: it needs a majority up. */
function tolerated(replicas: number): number {
  return Math.floor((replicas - 1) / 2);
}

/** The largest odd group size the cluster can host, between 3 and 7. */
function fittingSize(nodes: number): number {
  const odd = nodes % 2 === 0 ? nodes - 1 : nodes;
  return Math.max(3, Math.min(7, odd));
}

function names(queues: readonly ResolvedRabbitmqQueue[]): string {
  const shown = queues.slice(0, 3).map((q) => `"${q.name}"`);
  return queues.length > 3 ? `${shown.join(', ')} and ${queues.length - 3} more` : shown.join(', ');
}

export const qqVsCluster = defineRule({
  meta: {
    id: 'rabbitmq/qq-vs-cluster',
    category: 'durability',
    severity: 'error',
    reads: ['rabbitmq-queue'],
    summary: 'Quorum queues on a production RabbitMQ cluster need at least 3 nodes, and a quorum queue must not ask for more replicas (x-quorum-initial-group-size) than its cluster has nodes.',
    subsumes: ['rabbitmq/quorum-group-size'],
    messages: {
      smallCluster: 'Production RabbitMQ cluster "{cluster}" has {nodes} node(s), so its quorum queues ({queues}) run {nodes} replica(s) each: {consequence}.',
      tooLarge:
        'Quorum queue "{queue}" asks for {size} replicas (x-quorum-initial-group-size), but cluster "{cluster}" has {nodes} nodes: RabbitMQ starts only {nodes}, so it survives the loss of {actual} node(s), not {promised}.',
    },
  },
  check({ design, report }) {
    const smallClusters = new Map<Cluster, ResolvedRabbitmqQueue[]>();
    for (const queue of rabbitQueues(design)) {
      if (queue.type !== 'quorum') continue;
      const cluster = clusterOf(design, queue);
      if (cluster?.broker !== 'rabbitmq' || cluster.environment !== 'production') continue;
      if (cluster.nodes < 3) {
        smallClusters.set(cluster, [...(smallClusters.get(cluster) ?? []), queue]);
        continue;
      }
      const size = queue.arguments['x-quorum-initial-group-size'];
      if (size === undefined || size <= cluster.nodes) continue;
      const better = fittingSize(cluster.nodes);
      report({
        target: { type: 'node', id: queue.id },
        messageId: 'tooLarge',
        data: { queue: queue.name, size, cluster: cluster.name, nodes: cluster.nodes, actual: tolerated(cluster.nodes), promised: tolerated(size) },
        fix: {
          label: `Set the group size to ${better}`,
          apply: (d) => patchNode(d, queue.id, { arguments: { 'x-quorum-initial-group-size': better } }),
        },
      });
    }
    // One finding per cluster: the defect is the cluster's size, whatever number of queues it hosts.
    for (const [cluster, queues] of smallClusters) {
      report({
        target: { type: 'design' },
        messageId: 'smallCluster',
        data: {
          cluster: cluster.name,
          nodes: cluster.nodes,
          queues: names(queues),
          consequence:
            cluster.nodes === 1
              ? 'the only replica lives on the only node, and losing that node loses the queues and their messages'
              : 'a majority of 2 replicas is both of them, so losing either node stops the queues until it returns',
        },
        fix: {
          label: 'Run 3 nodes',
          apply: (d) => updateDesign(d, { clusters: d.clusters.map((c) => (c.id === cluster.id ? { ...c, nodes: 3 } : c)) }),
        },
      });
    }
  },
});
