import { nodesOfKind, outgoing, updateNode } from '../../design';
import { defineRule } from '../rule';
import { ES_SOURCES } from './_sources';

export const aggregateIdOrderingKey = defineRule({
  meta: {
    id: 'eventsourcing/aggregate-id-ordering-key',
    category: 'ordering',
    severity: 'error',
    docs: {
      summary: "An aggregate's events are ordered by its id: one stream per aggregate, and the aggregate id as the key of every event forwarded.",
      rationale:
        "State is rebuilt by applying an aggregate's events in the order they happened; a projection that sees MoneyWithdrawn before AccountOpened computes nonsense. Brokers keep order only per key: Kafka puts events with the same key on the same partition, in order, and spreads other keys (or no key) over partitions that are read in parallel. Storing all aggregates in one global stream also makes every append contend for the same version number.",
      howToFix: 'Keep one stream per aggregate and forward events with the aggregate id as the message key (Kafka key, SQS message group id).',
      sources: [ES_SOURCES.kafkaOrdering, ES_SOURCES.azureEventSourcing],
    },
    messages: {
      wrongKey:
        'Event store "{store}" forwards events {key}: events of one {aggregate} land on different partitions and consumers see them out of order. Key them by the aggregate id.',
      globalStream: 'Event store "{store}" keeps one stream for all aggregates: appends contend for one version number, and per-aggregate order depends on a global order no broker keeps. Use one stream per aggregate.',
    },
    examples: {
      failing: {
        queuewright: 2,
        nodes: [
          { kind: 'event-store', id: 'accounts', name: 'accounts', publishKey: 'random' },
          { kind: 'kafka-topic', id: 'account-events', name: 'account-events' },
        ],
        connections: [{ id: 'c', kind: 'publish', from: 'accounts', to: 'account-events' }],
      },
      passing: {
        queuewright: 2,
        nodes: [
          { kind: 'event-store', id: 'accounts', name: 'accounts', publishKey: 'aggregate-id' },
          { kind: 'kafka-topic', id: 'account-events', name: 'account-events' },
        ],
        connections: [{ id: 'c', kind: 'publish', from: 'accounts', to: 'account-events' }],
      },
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
