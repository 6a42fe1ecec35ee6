import { addNode, connect, nodeById, nodesOfKind, outgoing } from '../../design';
import { defineRule } from '../rule';

/** Streams longer than this take noticeably long to replay on every command. */
export const LONG_STREAM_EVENTS = 500;

export const snapshotsForLongStreams = defineRule({
  meta: {
    id: 'eventsourcing/snapshots-for-long-streams',
    category: 'scalability',
    severity: 'warning',
    reads: ['event-store'],
    summary: `An event store whose aggregate streams grow past ${LONG_STREAM_EVENTS} events has a snapshot policy.`,
    messages: {
      noSnapshots: 'Event store "{store}" expects {events} events per {aggregate} but has no snapshot policy: every command replays the whole stream to load its aggregate.',
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
