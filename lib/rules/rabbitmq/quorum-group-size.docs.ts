import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

/** The docs and examples of `rabbitmq/quorum-group-size`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "A quorum queue stays available while a majority of its replicas are up. 3 replicas is the practical minimum to tolerate one failure; an even size tolerates no more failures than the odd size below it (4 tolerates 1, like 3) while costing another replica; performance tails off above 5 replicas and more than 7 is not recommended. (A size above the cluster's node count is reported by rabbitmq/qq-vs-cluster.)",
  howToFix: 'Set x-quorum-initial-group-size to 3 (or 5), or leave it unset (3, capped at the cluster size).',
  sources: [RMQ_SOURCES.quorumRequirements, RMQ_SOURCES.quorumQueues],
  examples: {
    failing: exampleDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'orders', arguments: { 'x-quorum-initial-group-size': 4 } }] }),
    passing: exampleDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'orders', arguments: { 'x-quorum-initial-group-size': 3 } }] }),
  },
};
