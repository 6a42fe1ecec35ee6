import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

/** The docs and examples of `rabbitmq/ordering-no-priorities`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'A priority queue delivers higher-priority messages before lower-priority ones that arrived earlier, so publishing order is no longer delivery order. Classic queues do this when declared with x-max-priority; quorum queues (4.x) when publishers set message priorities.',
  howToFix: 'Drop priorities on ordered flows (remove x-max-priority, publish without priorities), or split urgent messages onto their own queue.',
  sources: [RMQ_SOURCES.queueOrdering, RMQ_SOURCES.priority],
  examples: {
    failing: exampleDesign({
      nodes: [
        { kind: 'producer', id: 'writer' },
        { kind: 'rabbitmq-queue', id: 'account-events', type: 'classic', arguments: { 'x-max-priority': 5 } },
      ],
      connections: [{ from: 'writer', to: 'account-events', kind: 'publish' }],
    }),
    passing: exampleDesign({
      nodes: [
        { kind: 'producer', id: 'writer' },
        { kind: 'rabbitmq-queue', id: 'account-events', type: 'classic' },
      ],
      connections: [{ from: 'writer', to: 'account-events', kind: 'publish' }],
    }),
  },
};
