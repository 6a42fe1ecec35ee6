import type { RuleDocs } from '../rule-docs';
import { ES_SOURCES } from './_sources';

/** The docs and examples of `eventsourcing/unattached-part`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'An event store nobody appends to, a projection nothing feeds and a snapshot policy attached to no store are drawn but do nothing: the design claims a read model or a snapshot that will never exist, and the review cannot check the flows through them.',
  howToFix: 'Connect a command handler (producer) to the event store; feed the projection from the event store or a consumer group; connect the event store to the snapshot policy.',
  sources: [ES_SOURCES.azureEventSourcing, ES_SOURCES.azureCqrs],
  examples: {
    failing: { queuewright: 2, nodes: [{ kind: 'projection', id: 'balances', name: 'balances' }] },
    passing: {
      queuewright: 2,
      nodes: [
        { kind: 'producer', id: 'accounts-api', name: 'accounts-api' },
        { kind: 'event-store', id: 'accounts', name: 'accounts' },
        { kind: 'projection', id: 'balances', name: 'balances' },
      ],
      connections: [
        { id: 'a', kind: 'publish', from: 'accounts-api', to: 'accounts' },
        { id: 'b', kind: 'consume', from: 'accounts', to: 'balances' },
      ],
    },
  },
};
