import type { RuleDocs } from '../rule-docs';
import { ES_SOURCES } from './_sources';

/** The docs and examples of `eventsourcing/aggregate-id-ordering-key`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "State is rebuilt by applying an aggregate's events in the order they happened; a projection that sees MoneyWithdrawn before AccountOpened computes nonsense. Brokers keep order only per key: Kafka puts events with the same key on the same partition, in order, and spreads other keys (or no key) over partitions that are read in parallel. Storing all aggregates in one global stream also makes every append contend for the same version number.",
  howToFix: 'Keep one stream per aggregate and forward events with the aggregate id as the message key (Kafka key, SQS message group id).',
  sources: [ES_SOURCES.kafkaOrdering, ES_SOURCES.azureEventSourcing],
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
};
