import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

/** The docs and examples of `rabbitmq/qq-vs-cluster`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'A quorum queue is a Raft group that stays available while a majority of its replicas is up, one replica per node. By default it starts 3 replicas (the quorum_cluster_size setting), and never more than the cluster has nodes: a queue declared with a larger x-quorum-initial-group-size gets one replica per node, and the extra replicas are not added later by themselves. The documentation asks for a group size no larger than the cluster and calls three the practical minimum. On a 1-node cluster the only replica is lost with its node; on 2 nodes the majority is both replicas, so losing either node stops the queue: quorum queues there give no fault tolerance at all. A queue that asks for 5 replicas on a 3-node cluster runs with 3 and survives one node failure, not the two its declaration promises. Only production clusters are judged.',
  howToFix: 'Run the cluster on 3 (or 5) nodes. Ask for no more replicas than the cluster has nodes: the fix sets the group size to the largest odd number the cluster can host.',
  sources: [RMQ_SOURCES.quorumReplicationFactor, RMQ_SOURCES.quorumRequirements, RMQ_SOURCES.clustering],
  examples: {
    failing: exampleDesign({
      clusters: [{ id: 'rabbit', broker: 'rabbitmq', nodes: 1 }],
      nodes: [{ kind: 'rabbitmq-queue', id: 'orders', cluster: 'rabbit', type: 'quorum', arguments: { 'x-quorum-initial-group-size': 5 } }],
    }),
    passing: exampleDesign({
      clusters: [{ id: 'rabbit', broker: 'rabbitmq', nodes: 5 }],
      nodes: [{ kind: 'rabbitmq-queue', id: 'orders', cluster: 'rabbit', type: 'quorum', arguments: { 'x-quorum-initial-group-size': 5 } }],
    }),
  },
};
