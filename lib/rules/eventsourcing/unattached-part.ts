import { incoming, nodeById, nodesOfKind } from '../../design';
import { defineRule } from '../rule';
import { ES_SOURCES } from './_sources';

export const unattachedPart = defineRule({
  meta: {
    id: 'eventsourcing/unattached-part',
    category: 'operability',
    severity: 'warning',
    docs: {
      summary: 'Event-sourcing parts are connected: something appends to each event store, each projection is fed, each snapshot policy reads an event store.',
      rationale:
        'An event store nobody appends to, a projection nothing feeds and a snapshot policy attached to no store are drawn but do nothing: the design claims a read model or a snapshot that will never exist, and the review cannot check the flows through them.',
      howToFix: 'Connect a command handler (producer) to the event store; feed the projection from the event store or a consumer group; connect the event store to the snapshot policy.',
      sources: [ES_SOURCES.azureEventSourcing, ES_SOURCES.azureCqrs],
    },
    messages: {
      storeUnused: 'Nothing appends to event store "{name}": connect the service that handles commands to it.',
      projectionUnfed: 'Projection "{name}" is fed by nothing: connect an event store or a consumer group to it.',
      snapshotUnattached: 'Snapshot policy "{name}" reads no event store: connect an event store to it.',
    },
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
