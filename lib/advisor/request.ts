import { z } from 'zod';

/**
 * The messaging request the wizard asks for (domain brief, "The request and
 * the answer"): what needs asynchronous processing and what it must
 * guarantee. Every field has a default, so a partial request is complete.
 */
export const messagingRequestSchema = z.object({
  useCase: z.string().max(500).default('order events').meta({ description: 'What needs asynchronous processing, e.g. "order events"' }),
  events: z.array(z.string().min(1).max(120)).max(20).default([]).meta({ description: 'Event names, e.g. OrderPlaced; derived from the use case when empty' }),
  throughput: z.number().min(0).max(100_000_000).default(1000).meta({ description: 'Sustained messages per second' }),
  peakThroughput: z.number().min(0).max(100_000_000).optional(),
  messageSizeBytes: z
    .number()
    .int()
    .min(1)
    .max(100 * 1024 * 1024)
    .default(1024),
  latencyMs: z.number().min(0).max(3_600_000).optional().meta({ description: 'End-to-end latency target' }),
  ordering: z.enum(['none', 'per-key', 'strict']).default('per-key'),
  delivery: z.enum(['at-most-once', 'at-least-once', 'exactly-once']).default('at-least-once'),
  retentionHours: z.number().min(0).max(876_000).default(168).meta({ description: 'How long messages are kept' }),
  replay: z.boolean().default(false).meta({ description: 'Consumers must be able to re-read past messages' }),
  routing: z.enum(['simple', 'patterns']).default('simple').meta({ description: 'patterns = consumers choose messages by key patterns or headers' }),
  operations: z.enum(['any', 'simple', 'managed']).default('any').meta({ description: 'any = the team runs any broker; simple = self-hosted, few moving parts; managed = a cloud service' }),
  tenants: z.enum(['one', 'many']).default('one').meta({ description: 'many = several teams or customers isolated on one platform' }),
  producers: z.array(z.string().min(1).max(120)).max(20).default([]),
  consumers: z.array(z.string().min(1).max(120)).max(20).default([]),
});

export type MessagingRequest = z.infer<typeof messagingRequestSchema>;
export type MessagingRequestInput = z.input<typeof messagingRequestSchema>;

/** A complete request from a partial one. */
export function messagingRequest(input: MessagingRequestInput = {}): MessagingRequest {
  return messagingRequestSchema.parse(input);
}
