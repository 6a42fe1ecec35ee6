import fc from 'fast-check';
import { hostileString } from '../arbitrary-primitives';
import type { KindArbitraries } from './shared';

/** Arbitrary settings of event sourcing's kinds: the event store, its projections and snapshot policy. */
export const EVENTSOURCING_FIELDS: KindArbitraries<'event-store' | 'projection' | 'snapshot-policy'> = {
  'event-store': () =>
    fc.record(
      {
        technology: fc.constantFrom('postgresql', 'eventstoredb', 'kafka', 'dynamodb', 'mongodb', 'other'),
        aggregateType: hostileString(200),
        aggregateIdField: hostileString(200),
        streamPerAggregate: fc.boolean(),
        concurrencyCheck: fc.constantFrom('none', 'expected-version'),
        publishKey: fc.constantFrom('aggregate-id', 'none', 'random'),
        envelope: fc.record({ eventId: fc.boolean(), eventType: fc.boolean(), aggregateVersion: fc.boolean(), correlationId: fc.boolean() }, { requiredKeys: [] }),
        eventTypes: fc.array(hostileString(200), { maxLength: 4 }),
        eventsPerAggregate: fc.integer({ min: 0, max: 1e7 }),
      },
      { requiredKeys: [] },
    ),
  projection: () =>
    fc.record(
      {
        targetStore: fc.constantFrom('postgresql', 'redis', 'elasticsearch', 'mongodb', 'dynamodb', 'other'),
        idempotentApply: fc.boolean(),
        rebuild: fc.constantFrom('none', 'from-start', 'from-position'),
        checkpoint: fc.constantFrom('none', 'with-read-model', 'separate'),
        mode: fc.constantFrom('asynchronous', 'synchronous'),
      },
      { requiredKeys: [] },
    ),
  'snapshot-policy': () =>
    fc.record({ everyEvents: fc.integer({ min: 1, max: 1_000_000 }), storage: fc.constantFrom('event-store', 'separate'), keepLast: fc.integer({ min: 1, max: 1000 }) }, { requiredKeys: [] }),
};
