import { incoming, nodeById, nodesOfKind } from '../../design';
import { defineRule } from '../rule';

export const unattachedPart = defineRule({
  meta: {
    id: 'eventsourcing/unattached-part',
    category: 'operability',
    severity: 'warning',
    reads: [],
    summary: 'Event-sourcing parts are connected: something appends to each event store, each projection is fed, each snapshot policy reads an event store.',
    messages: {
      storeUnused: 'Nothing appends to event store "{name}": connect the service that handles commands to it.',
      projectionUnfed: 'Projection "{name}" is fed by nothing: connect an event store or a consumer group to it.',
      snapshotUnattached: 'Snapshot policy "{name}" reads no event store: connect an event store to it.',
    },
  },
  check({ design, report }) {
    const fedBy = (id: string) => incoming(design, id).filter((c) => nodeById(design, c.from) !== undefined);
    for (const store of nodesOfKind(design, 'event-store')) {
      if (!fedBy(store.id).some((c) => c.kind === 'publish')) report({ target: { type: 'node', id: store.id }, messageId: 'storeUnused', data: { name: store.name } });
    }
    for (const projection of nodesOfKind(design, 'projection')) {
      if (fedBy(projection.id).length === 0) report({ target: { type: 'node', id: projection.id }, messageId: 'projectionUnfed', data: { name: projection.name } });
    }
    for (const policy of nodesOfKind(design, 'snapshot-policy')) {
      if (!fedBy(policy.id).some((c) => nodeById(design, c.from)?.kind === 'event-store')) {
        report({ target: { type: 'node', id: policy.id }, messageId: 'snapshotUnattached', data: { name: policy.name } });
      }
    }
  },
});
