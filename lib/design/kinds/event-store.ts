import { z } from 'zod';
import { baseNodeFields } from '../fields';
import { ellipse } from './icon';
import { defineKind } from './kind';

/** Channels an event store can forward its events to (an outbox relay or CDC). */
const FORWARD_TO = ['kafka-topic', 'rabbitmq-exchange', 'nats-stream', 'sqs-queue', 'sns-topic'] as const;

/**
 * The metadata every stored event carries (the envelope), one flag per field:
 * declared when the application writes it.
 */
export const eventEnvelopeSchema = z.object({
  eventId: z.boolean().default(false),
  eventType: z.boolean().default(false),
  aggregateId: z.boolean().default(false),
  aggregateVersion: z.boolean().default(false),
  timestamp: z.boolean().default(false),
  correlationId: z.boolean().default(false),
  causationId: z.boolean().default(false),
});
export type EventEnvelope = z.infer<typeof eventEnvelopeSchema>;

/**
 * An event store: the append-only log of an event-sourced system's facts,
 * one stream per aggregate. Command handlers append to it (publish); it
 * feeds projections, snapshotters and consumers (consume) and may forward
 * events to a broker (publish, e.g. through an outbox).
 */
export const eventStore = defineKind({
  kind: 'event-store',
  label: 'Event store',
  description: 'Append-only event streams, one per aggregate, with an expected-version check.',
  // A cylinder with stacked lines: an append-only store of streams.
  look: { color: '#2b8a3e', shape: 'channel', group: 'Event sourcing', icon: [ellipse(8, 3.5, 5.5, 2), 'M2.5 3.5v9c0 1.1 2.5 2 5.5 2s5.5-.9 5.5-2v-9M5 8h6M5 11h4'] },
  clusterBrokers: [],
  channel: 'none',
  schema: z.object({
    kind: z.literal('event-store'),
    ...baseNodeFields,
    technology: z.enum(['postgresql', 'eventstoredb', 'kafka', 'dynamodb', 'mongodb', 'other']).default('postgresql'),
    aggregateType: z.string().max(200).optional(),
    aggregateIdField: z.string().max(200).optional(),
    streamPerAggregate: z.boolean().default(true),
    concurrencyCheck: z.enum(['none', 'expected-version']).default('none'),
    publishKey: z.enum(['aggregate-id', 'none', 'random']).default('aggregate-id'),
    envelope: eventEnvelopeSchema.default({
      eventId: false,
      eventType: false,
      aggregateId: false,
      aggregateVersion: false,
      timestamp: false,
      correlationId: false,
      causationId: false,
    }),
    eventTypes: z.array(z.string().min(1).max(200)).max(500).default([]),
    eventsPerAggregate: z.number().int().min(0).optional(),
  }),
  outgoing: { publish: FORWARD_TO, consume: ['consumer-group', 'projection', 'snapshot-policy'] },
});
export type EventStoreNode = z.infer<typeof eventStore.schema>;
