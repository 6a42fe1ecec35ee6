import { nodesOfKind, updateNode } from '../../design';
import { defineRule } from '../rule';

export const projectionRebuildable = defineRule({
  meta: {
    id: 'eventsourcing/projection-rebuildable',
    category: 'operability',
    severity: 'info',
    reads: ['projection'],
    scope: 'node',
    summary: 'A projection can be rebuilt by replaying events, and one that catches up from a position stores that position.',
    messages: {
      noRebuild: 'Projection "{projection}" cannot be rebuilt: a bug in it, or a new read model, means repairing data by hand instead of replaying events.',
      noCheckpoint: 'Projection "{projection}" catches up from a position but stores no checkpoint: after a restart it does not know where to resume.',
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
