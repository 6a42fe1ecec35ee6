import { deadLetterTopic, kafkaCluster, kafkaGroup, kafkaTopic } from './kafka-parts';
import type { Template } from './template';

const YEAR_MS = 31_536_000_000;
const FULL_ENVELOPE = { eventId: true, eventType: true, aggregateId: true, aggregateVersion: true, timestamp: true, correlationId: true, causationId: true };

/**
 * PRODUCT.md §7 and the domain brief's worked design: a PostgreSQL event
 * store with one stream per account and an expected-version check, events
 * relayed to Kafka keyed by account id, balance (Redis) and statement
 * (PostgreSQL) projections rebuilt by replay, snapshots every 100 events.
 */
export const eventSourcedBank: Template = {
  id: 'event-sourced-bank',
  title: 'Event-sourced bank accounts',
  purpose: 'Accounts as event streams: optimistic concurrency, events keyed by account id, balance and statement projections, snapshots every 100 events.',
  brokers: ['Event store', 'Kafka'],
  design: {
    name: 'Event-sourced bank accounts',
    notes:
      'Events: AccountOpened {account_id, owner, initial_balance}, MoneyDeposited {account_id, amount, transaction_id}, MoneyWithdrawn {account_id, amount, transaction_id}, AccountClosed {account_id, reason}. Ordering per account, no global order needed. Projections rebuild by replay from event 0.',
    requirements: {
      throughput: 500,
      peakThroughput: 2000,
      messageSizeBytes: 512,
      ordering: 'per-key',
      delivery: 'at-least-once',
      retentionHours: 8760,
      maxConsumerOutageHours: 72,
      criticality: 'critical',
    },
    clusters: [kafkaCluster()],
    nodes: [
      {
        kind: 'producer',
        id: 'account-service',
        name: 'account-service (commands)',
        instances: 3,
        publishRate: 500,
        keyStrategy: 'entity-id',
        kafka: { acks: 'all', 'enable.idempotence': true, 'linger.ms': 5, 'compression.type': 'lz4' },
      },
      {
        kind: 'event-store',
        id: 'account-events',
        name: 'account-events (PostgreSQL)',
        technology: 'postgresql',
        aggregateType: 'Account',
        aggregateIdField: 'account_id',
        streamPerAggregate: true,
        concurrencyCheck: 'expected-version',
        publishKey: 'aggregate-id',
        envelope: FULL_ENVELOPE,
        eventTypes: ['AccountOpened', 'MoneyDeposited', 'MoneyWithdrawn', 'AccountClosed'],
        eventsPerAggregate: 5000,
      },
      { kind: 'snapshot-policy', id: 'account-snapshots', name: 'account snapshots', everyEvents: 100, storage: 'event-store', keepLast: 2 },
      kafkaTopic('accounts.events', 'AccountEvent', { config: { 'min.insync.replicas': 2, 'cleanup.policy': 'delete', 'retention.ms': YEAR_MS } }),
      deadLetterTopic('accounts.dlq', { config: { 'min.insync.replicas': 2, 'cleanup.policy': 'delete', 'retention.ms': YEAR_MS } }),
      kafkaGroup('balance-projector'),
      kafkaGroup('statement-projector'),
      { kind: 'projection', id: 'balances', name: 'balances (Redis)', targetStore: 'redis', idempotentApply: true, rebuild: 'from-start', checkpoint: 'with-read-model' },
      { kind: 'projection', id: 'statements', name: 'statements (PostgreSQL)', targetStore: 'postgresql', idempotentApply: true, rebuild: 'from-start', checkpoint: 'with-read-model' },
    ],
    connections: [
      { from: 'account-service', to: 'account-events' },
      { from: 'account-events', to: 'account-snapshots' },
      { from: 'account-events', to: 'accounts.events' },
      { from: 'accounts.events', to: 'balance-projector' },
      { from: 'accounts.events', to: 'statement-projector' },
      { from: 'balance-projector', to: 'balances' },
      { from: 'statement-projector', to: 'statements' },
      { from: 'balance-projector', to: 'accounts.dlq' },
      { from: 'statement-projector', to: 'accounts.dlq' },
    ],
  },
};
