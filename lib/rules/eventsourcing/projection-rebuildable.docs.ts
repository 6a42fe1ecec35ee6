import type { RuleDocs } from '../rule-docs';
import { ES_SOURCES } from './_sources';

/** The docs and examples of `eventsourcing/projection-rebuildable`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'A read model is derived data: when its code has a bug, or a new query needs a new shape, it is thrown away and rebuilt by replaying the events from the start. A projection that cannot be rebuilt turns every projection bug into a data repair. Catching up from a position needs the position stored somewhere (the checkpoint), or the projection does not know where to resume.',
  howToFix: 'Make the projection rebuildable from the first event (or from a stored position), and store its checkpoint, best in the same transaction as the read model.',
  sources: [ES_SOURCES.azureCqrs, ES_SOURCES.azureEventSourcing],
  examples: {
    failing: { queuewright: 2, nodes: [{ kind: 'projection', id: 'balances', name: 'balances', rebuild: 'none' }] },
    passing: { queuewright: 2, nodes: [{ kind: 'projection', id: 'balances', name: 'balances', rebuild: 'from-start' }] },
  },
};
