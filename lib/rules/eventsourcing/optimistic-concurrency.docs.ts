import type { RuleDocs } from '../rule-docs';
import { ES_SOURCES } from './_sources';

/** The docs and examples of `eventsourcing/optimistic-concurrency`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'A command handler loads an aggregate, decides, and appends new events. Two handlers working on the same aggregate at once both decide on the same state; without a version check both appends succeed, and the second decision was made on stale data — two withdrawals that together overdraw an account. Event stores answer this with an expected version (revision) on append: the second append fails and the command is retried on fresh state.',
  howToFix:
    'Append with the expected stream version (EventStoreDB expected revision, a unique (aggregate_id, version) constraint in PostgreSQL, a DynamoDB condition expression) and retry the command on a conflict; then declare the check.',
  sources: [ES_SOURCES.eventStoreAppend, ES_SOURCES.azureEventSourcing],
  examples: {
    failing: { queuewright: 2, nodes: [{ kind: 'event-store', id: 'accounts', name: 'accounts', concurrencyCheck: 'none' }] },
    passing: { queuewright: 2, nodes: [{ kind: 'event-store', id: 'accounts', name: 'accounts', concurrencyCheck: 'expected-version' }] },
  },
};
