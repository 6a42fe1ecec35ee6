import type { DescribedFields } from '../field-descriptions';
import { eventEnvelopeSchema, eventStore } from './event-store';

/**
 * What the fields of event-store.ts mean, by path (`a/b` is field b of object field a): the node
 * inspector and the JSON Schema show them; the studio page does not download them.
 */
export const eventStoreFieldDescriptions: DescribedFields = [
  [
    eventEnvelopeSchema,
    {
      eventId: 'A unique event id (uuid): consumers deduplicate by it',
      eventType: 'The event type, e.g. MoneyDeposited',
      aggregateId: 'The id of the aggregate the event belongs to',
      aggregateVersion: "The event's position in its aggregate's stream",
      correlationId: 'Id of the request or process the event is part of',
      causationId: 'Id of the command or event that caused this one',
    },
  ],
  [
    eventStore.schema,
    {
      technology: 'Where the events are stored',
      aggregateType: 'The aggregate whose events this store keeps, e.g. Account',
      aggregateIdField: 'The field that identifies the aggregate, e.g. account_id',
      streamPerAggregate: 'One stream per aggregate instance (not one global stream)',
      concurrencyCheck: 'Optimistic concurrency: an append states the stream version it expects and fails if another write came first',
      publishKey: 'Key of the events it forwards (Kafka key, message group id): the aggregate id keeps each aggregate in order',
      eventTypes: 'The event types stored, e.g. AccountOpened',
      eventsPerAggregate: 'How many events one aggregate stream reaches over its life',
    },
  ],
];
