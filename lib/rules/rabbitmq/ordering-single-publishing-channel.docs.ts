import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

/** The docs and examples of `rabbitmq/ordering-single-publishing-channel`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'RabbitMQ guarantees FIFO order only for messages published on one channel, through the same exchange, into one queue. Messages from several publishers, instances, connections or channels interleave in whatever order they arrive, so a strict (global) order across them does not exist. (Per-key order across publishers needs keys that each come from one channel, which the design does not describe.)',
  howToFix: 'Publish the strictly ordered stream from one instance over one channel, or relax the requirement to per-key ordering and partition by key.',
  sources: [RMQ_SOURCES.queueOrdering, RMQ_SOURCES.publishers],
  examples: {
    failing: exampleDesign({
      requirements: { ordering: 'strict' },
      nodes: [
        { kind: 'producer', id: 'ledger-api', instances: 3 },
        { kind: 'rabbitmq-queue', id: 'ledger' },
      ],
      connections: [{ from: 'ledger-api', to: 'ledger', kind: 'publish' }],
    }),
    passing: exampleDesign({
      requirements: { ordering: 'strict' },
      nodes: [
        { kind: 'producer', id: 'ledger-api', instances: 1 },
        { kind: 'rabbitmq-queue', id: 'ledger' },
      ],
      connections: [{ from: 'ledger-api', to: 'ledger', kind: 'publish' }],
    }),
  },
};
