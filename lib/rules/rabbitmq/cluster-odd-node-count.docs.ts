import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

/** The docs and examples of `rabbitmq/cluster-odd-node-count`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'Quorum queues, streams and the Khepri metadata store need a majority of nodes. An odd node count keeps a clear majority after a network partition; an even count tolerates no more failures than the odd count below it (4 nodes tolerate 1 failure, like 3) and a 2-node cluster tolerates none. The production checklist recommends 3, 5 or 7 nodes.',
  howToFix: 'Run 3 or 5 nodes.',
  sources: [RMQ_SOURCES.productionChecklist, RMQ_SOURCES.quorumRequirements],
  examples: {
    failing: exampleDesign({ clusters: [{ id: 'rabbit', broker: 'rabbitmq', nodes: 4 }], nodes: [] }),
    passing: exampleDesign({ clusters: [{ id: 'rabbit', broker: 'rabbitmq', nodes: 5 }], nodes: [] }),
  },
};
