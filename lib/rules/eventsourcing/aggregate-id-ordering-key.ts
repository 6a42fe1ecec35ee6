import { nodesOfKind, outgoing, updateNode } from '../../design';
import { defineRule } from '../rule';

export const aggregateIdOrderingKey = defineRule({
  meta: {
    id: 'eventsourcing/aggregate-id-ordering-key',
    category: 'ordering',
    severity: 'error',
    reads: ['event-store'],
    summary: "An aggregate's events are ordered by its id: one stream per aggregate, and the aggregate id as the key of every event forwarded.",
    messages: {
      wrongKey: 'Event store "{store}" forwards events {key}: events of one {aggregate} land on different partitions and consumers see them out of order. Key them by the aggregate id.',
      globalStream:
        'Event store "{store}" keeps one stream for all aggregates: appends contend for one version number, and per-aggregate order depends on a global order no broker keeps. Use one stream per aggregate.',
    },
  },
  check({ design, report }) {
    for (const store of nodesOfKind(design, 'event-store')) {
      if (!store.streamPerAggregate) {
        report({
          target: { type: 'node', id: store.id },
          messageId: 'globalStream',
          data: { store: store.name },
          fix: { label: 'One stream per aggregate', apply: (d) => updateNode(d, store.id, { streamPerAggregate: true }) },
        });
      }
      if (store.publishKey !== 'aggregate-id' && outgoing(design, store.id, 'publish').length > 0) {
        report({
          target: { type: 'node', id: store.id },
          messageId: 'wrongKey',
          data: { store: store.name, key: store.publishKey === 'none' ? 'without a key' : 'with random keys', aggregate: store.aggregateType ?? 'aggregate' },
          fix: { label: 'Key events by the aggregate id', apply: (d) => updateNode(d, store.id, { publishKey: 'aggregate-id' }) },
        });
      }
    }
  },
});
