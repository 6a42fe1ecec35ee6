import { nodesOfKind, updateNode } from '../../design';
import { defineRule } from '../rule';
import { ES_SOURCES } from './_sources';

export const projectionRebuildable = defineRule({
  meta: {
    id: 'eventsourcing/projection-rebuildable',
    category: 'operability',
    severity: 'info',
    docs: {
      summary: 'A projection can be rebuilt by replaying events, and one that catches up from a position stores that position.',
      rationale:
        'A read model is derived data: when its code has a bug, or a new query needs a new shape, it is thrown away and rebuilt by replaying the events from the start. A projection that cannot be rebuilt turns every projection bug into a data repair. Catching up from a position needs the position stored somewhere (the checkpoint), or the projection does not know where to resume.',
      howToFix: 'Make the projection rebuildable from the first event (or from a stored position), and store its checkpoint, best in the same transaction as the read model.',
      sources: [ES_SOURCES.azureCqrs, ES_SOURCES.azureEventSourcing],
    },
    messages: {
      noRebuild: 'Projection "{projection}" cannot be rebuilt: a bug in it, or a new read model, means repairing data by hand instead of replaying events.',
      noCheckpoint: 'Projection "{projection}" catches up from a position but stores no checkpoint: after a restart it does not know where to resume.',
    },
    examples: {
      failing: { queuewright: 2, nodes: [{ kind: 'projection', id: 'balances', name: 'balances', rebuild: 'none' }] },
      passing: { queuewright: 2, nodes: [{ kind: 'projection', id: 'balances', name: 'balances', rebuild: 'from-start' }] },
    },
  },
  check({ design, report }) {
    for (const projection of nodesOfKind(design, 'projection')) {
      if (projection.rebuild === 'none') {
        report({
          target: { type: 'node', id: projection.id },
          messageId: 'noRebuild',
          data: { projection: projection.name },
          fix: { label: 'Rebuild by replaying from the first event', apply: (d) => updateNode(d, projection.id, { rebuild: 'from-start' }) },
        });
      } else if (projection.rebuild === 'from-position' && projection.checkpoint === 'none') {
        report({
          target: { type: 'node', id: projection.id },
          messageId: 'noCheckpoint',
          data: { projection: projection.name },
          fix: { label: 'Store the checkpoint with the read model', apply: (d) => updateNode(d, projection.id, { checkpoint: 'with-read-model' }) },
        });
      }
    }
  },
});
