import { nodesOfKind, updateNode } from '../../design';
import { defineRule } from '../rule';
import { ES_SOURCES } from './_sources';

export const optimisticConcurrency = defineRule({
  meta: {
    id: 'eventsourcing/optimistic-concurrency',
    category: 'ordering',
    severity: 'warning',
    docs: {
      summary: 'Appends to an event store state the stream version they expect (optimistic concurrency).',
      rationale:
        'A command handler loads an aggregate, decides, and appends new events. Two handlers working on the same aggregate at once both decide on the same state; without a version check both appends succeed, and the second decision was made on stale data — two withdrawals that together overdraw an account. Event stores answer this with an expected version (revision) on append: the second append fails and the command is retried on fresh state.',
      howToFix: 'Append with the expected stream version (EventStoreDB expected revision, a unique (aggregate_id, version) constraint in PostgreSQL, a DynamoDB condition expression) and retry the command on a conflict; then declare the check.',
      sources: [ES_SOURCES.eventStoreAppend, ES_SOURCES.azureEventSourcing],
    },
    messages: {
      noCheck:
        'Event store "{store}" appends without an expected-version check: two commands on the same {aggregate} at once both succeed, the second one decided on stale state.',
    },
    examples: {
      failing: { queuewright: 2, nodes: [{ kind: 'event-store', id: 'accounts', name: 'accounts', concurrencyCheck: 'none' }] },
      passing: { queuewright: 2, nodes: [{ kind: 'event-store', id: 'accounts', name: 'accounts', concurrencyCheck: 'expected-version' }] },
    },
  },
  check({ design, report }) {
    for (const store of nodesOfKind(design, 'event-store')) {
      if (store.concurrencyCheck === 'expected-version') continue;
      report({
        target: { type: 'node', id: store.id },
        messageId: 'noCheck',
        data: { store: store.name, aggregate: store.aggregateType ?? 'aggregate' },
        fix: { label: 'Append with an expected-version check', apply: (d) => updateNode(d, store.id, { concurrencyCheck: 'expected-version' }) },
      });
    }
  },
});
