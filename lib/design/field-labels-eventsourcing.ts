import type { KindFieldLabels, Labels } from './field-label-types';

type EventsourcingKind = 'event-store' | 'projection' | 'snapshot-policy';
type EventsourcingLabels = KindFieldLabels<EventsourcingKind>;

/**
 * The inspector's words for event sourcing's kinds' fields: the event store, its projections and
 * snapshot policy (field-labels.ts joins every family's table and passes in the words of a
 * service's own requirements, which a projection has too).
 */
export function eventsourcingFieldLabels(requirementOverrides: Labels): EventsourcingLabels {
  return {
    'event-store': {
      technology: 'Technology',
      aggregateType: 'Aggregate type',
      aggregateIdField: 'Aggregate id field',
      streamPerAggregate: 'One stream per aggregate',
      concurrencyCheck: 'Concurrency check',
      publishKey: 'Key of forwarded events',
      envelope: 'Event envelope',
      'envelope.eventId': 'Event id',
      'envelope.eventType': 'Event type',
      'envelope.aggregateId': 'Aggregate id',
      'envelope.aggregateVersion': 'Aggregate version',
      'envelope.timestamp': 'Timestamp',
      'envelope.correlationId': 'Correlation id',
      'envelope.causationId': 'Causation id',
      eventTypes: 'Event types',
      eventsPerAggregate: 'Events per aggregate',
    },
    projection: {
      ...requirementOverrides,
      requirements: 'Own requirements',
      targetStore: 'Read model store',
      idempotentApply: 'Idempotent apply',
      rebuild: 'Rebuild',
      checkpoint: 'Checkpoint',
      mode: 'Update mode',
    },
    'snapshot-policy': {
      everyEvents: 'Snapshot every (events)',
      storage: 'Snapshot storage',
      keepLast: 'Snapshots kept',
    },
  };
}
