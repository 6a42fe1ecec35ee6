import type { RuleDocs } from '../rule-docs';
import { ES_SOURCES } from './_sources';

/** The docs and examples of `eventsourcing/snapshots-for-long-streams`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "Every command loads its aggregate by replaying the aggregate's stream. That is cheap for a few dozen events and slow for thousands: an account with ten years of transactions replays every one of them before each withdrawal. A snapshot saves the state every N events, so loading reads the latest snapshot and at most N events after it.",
  howToFix: 'Add a snapshot policy that reads the event store (a snapshot every 100 events is a common start) and load aggregates from the latest snapshot.',
  sources: [ES_SOURCES.azureEventSourcing, ES_SOURCES.axonSnapshots],
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
};
