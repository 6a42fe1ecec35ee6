import { incoming, nodeById, nodesOfKind, updateNode, type ProjectionNode } from '../../design';
import type { ResolvedDesign } from '../../brokers/resolved-design';
import { atLeastOnce, requirementsAt } from '../needs';
import { defineRule } from '../rule';

/** Why `projection` may be handed the same event twice, or `undefined` when it cannot be. */
function duplicateCause(design: ResolvedDesign, projection: ProjectionNode): string | undefined {
  for (const connection of incoming(design, projection.id)) {
    const source = nodeById(design, connection.from);
    if (source?.kind === 'event-store' && connection.kind === 'consume' && projection.checkpoint !== 'with-read-model') {
      return `its checkpoint is not stored with the read model, so after a crash the subscription to "${source.name}" replays events it already applied`;
    }
    if (source?.kind === 'consumer-group' && connection.kind === 'publish') {
      const requirements = requirementsAt(design, source.id);
      if (atLeastOnce(requirements)) return `"${source.name}" writes it on an ${requirements.delivery} flow, where redelivered events are applied again`;
    }
  }
  return undefined;
}

export const idempotentProjection = defineRule({
  meta: {
    id: 'eventsourcing/idempotent-projection',
    category: 'delivery',
    severity: 'warning',
    reads: ['producer', 'rabbitmq-exchange', 'rabbitmq-queue', 'consumer-group', 'projection'],
    summary: 'A projection fed at least once applies each event idempotently.',
    messages: {
      notIdempotent: 'Projection "{projection}" is not idempotent, but {cause}: the read model counts those events twice.',
    },
  },
  check({ design, report }) {
    for (const projection of nodesOfKind(design, 'projection')) {
      if (projection.idempotentApply) continue;
      const cause = duplicateCause(design, projection);
      if (!cause) continue;
      report({
        target: { type: 'node', id: projection.id },
        messageId: 'notIdempotent',
        data: { projection: projection.name, cause },
        fix: { label: 'Apply events idempotently (skip versions already applied)', apply: (d) => updateNode(d, projection.id, { idempotentApply: true }) },
      });
    }
  },
});
