import { addNode, connect, nodeById, nodesOfKind, outgoing } from '../../design';
import { defineRule } from '../rule';
import { ES_SOURCES } from './_sources';

/** Streams longer than this take noticeably long to replay on every command. */
export const LONG_STREAM_EVENTS = 500;

export const snapshotsForLongStreams = defineRule({
  meta: {
    id: 'eventsourcing/snapshots-for-long-streams',
    category: 'scalability',
    severity: 'warning',
    docs: {
      summary: `An event store whose aggregate streams grow past ${LONG_STREAM_EVENTS} events has a snapshot policy.`,
      rationale:
        "Every command loads its aggregate by replaying the aggregate's stream. That is cheap for a few dozen events and slow for thousands: an account with ten years of transactions replays every one of them before each withdrawal. A snapshot saves the state every N events, so loading reads the latest snapshot and at most N events after it.",
      howToFix: 'Add a snapshot policy that reads the event store (a snapshot every 100 events is a common start) and load aggregates from the latest snapshot.',
      sources: [ES_SOURCES.azureEventSourcing, ES_SOURCES.axonSnapshots],
    },
    messages: {
      noSnapshots:
        'Event store "{store}" expects {events} events per {aggregate} but has no snapshot policy: every command replays the whole stream to load its aggregate.',
    },
    examples: {
      failing: { queuewright: 2, nodes: [{ kind: 'event-store', id: 'accounts', name: 'accounts', eventsPerAggregate: 5000 }] },
      passing: {
        queuewright: 2,
        nodes: [
          { kind: 'event-store', id: 'accounts', name: 'accounts', eventsPerAggregate: 5000 },
          { kind: 'snapshot-policy', id: 'snapshots', name: 'snapshots', everyEvents: 100 },
        ],
        connections: [{ id: 'c', kind: 'consume', from: 'accounts', to: 'snapshots' }],
      },
    },
  },
  check({ design, report }) {
    for (const store of nodesOfKind(design, 'event-store')) {
      if ((store.eventsPerAggregate ?? 0) <= LONG_STREAM_EVENTS) continue;
      if (outgoing(design, store.id, 'consume').some((c) => nodeById(design, c.to)?.kind === 'snapshot-policy')) continue;
      report({
        target: { type: 'node', id: store.id },
        messageId: 'noSnapshots',
        data: { store: store.name, events: store.eventsPerAggregate, aggregate: store.aggregateType ?? 'aggregate' },
        fix: {
          label: 'Add a snapshot policy (every 100 events)',
          apply: (d) => {
            const position = d.layout?.[store.id];
            const added = addNode(d, 'snapshot-policy', { name: `${store.name} snapshots`, position: position ? { x: position.x, y: position.y + 160 } : undefined, props: { everyEvents: 100 } });
            const connected = connect(added.design, store.id, added.id, 'consume');
            return connected.ok ? connected.design : added.design;
          },
        },
      });
    }
  },
});
