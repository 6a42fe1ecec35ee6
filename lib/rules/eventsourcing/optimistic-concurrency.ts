import { nodesOfKind, updateNode } from '../../design';
import { defineRule } from '../rule';

export const optimisticConcurrency = defineRule({
  meta: {
    id: 'eventsourcing/optimistic-concurrency',
    category: 'ordering',
    severity: 'warning',
    reads: ['event-store'],
    scope: 'node',
    summary: 'Appends to an event store state the stream version they expect (optimistic concurrency).',
    messages: {
      noCheck: 'Event store "{store}" appends without an expected-version check: two commands on the same {aggregate} at once both succeed, the second one decided on stale state.',
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
