/** The references the event-sourcing rules cite. */
export const ES_SOURCES = {
  fowler: { label: 'Martin Fowler: Event Sourcing', url: 'https://martinfowler.com/eaaDev/EventSourcing.html' },
  azureEventSourcing: { label: 'Azure Architecture Center: Event Sourcing pattern', url: 'https://learn.microsoft.com/en-us/azure/architecture/patterns/event-sourcing' },
  azureCqrs: { label: 'Azure Architecture Center: CQRS pattern', url: 'https://learn.microsoft.com/en-us/azure/architecture/patterns/cqrs' },
  eventStoreAppend: { label: 'EventStoreDB: appending events (optimistic concurrency with expected revision)', url: 'https://developers.eventstore.com/clients/grpc/appending-events.html' },
  kafkaOrdering: { label: 'Kafka: concepts and terms (events with the same key go to the same partition, in order)', url: 'https://kafka.apache.org/documentation/#intro_concepts_and_terms' },
  idempotentReceiver: { label: 'Enterprise Integration Patterns: Idempotent Receiver', url: 'https://www.enterpriseintegrationpatterns.com/patterns/messaging/IdempotentReceiver.html' },
  correlationIdentifier: { label: 'Enterprise Integration Patterns: Correlation Identifier', url: 'https://www.enterpriseintegrationpatterns.com/patterns/messaging/CorrelationIdentifier.html' },
  cloudEvents: { label: 'CloudEvents specification (id, type, source, time)', url: 'https://github.com/cloudevents/spec/blob/main/cloudevents/spec.md' },
  axonSnapshots: { label: 'Axon Framework: event snapshots', url: 'https://docs.axoniq.io/reference-guide/axon-framework/tuning/event-snapshots' },
} as const;
