import { z } from 'zod';

/**
 * The "messaging request": what a flow must guarantee. The design carries
 * defaults; a producer may override any of them for the flows it starts.
 * Rules judge the topology against these declared guarantees.
 */
export const requirementsShape = {
  throughput: z.number().min(0).default(1000).meta({ description: 'Sustained messages per second' }),
  peakThroughput: z.number().min(0).optional().meta({ description: 'Peak messages per second' }),
  messageSizeBytes: z.number().int().min(1).default(1024).meta({ description: 'Typical message size in bytes' }),
  maxMessageBytes: z.number().int().min(1).optional().meta({ description: 'Largest message in bytes' }),
  latencyMs: z.number().min(0).optional().meta({ description: 'End-to-end latency target in milliseconds' }),
  ordering: z.enum(['none', 'per-key', 'strict']).default('per-key'),
  delivery: z.enum(['at-most-once', 'at-least-once', 'exactly-once']).default('at-least-once'),
  retentionHours: z.number().min(0).optional().meta({ description: 'How long messages must be kept / replayable, in hours' }),
  maxConsumerOutageHours: z.number().min(0).optional().meta({ description: 'Longest consumer outage the design must survive without losing data' }),
  replayFromBeginning: z.boolean().optional().meta({ description: 'Readers must be able to re-read everything ever written (a rebuild from the start)' }),
  rebuildHours: z.number().min(0).optional().meta({ description: 'How long a full rebuild (a replay from the start) takes, in hours' }),
  criticality: z.enum(['low', 'normal', 'critical']).default('normal'),
};

export const requirementsSchema = z.object(requirementsShape);
export type Requirements = z.infer<typeof requirementsSchema>;

/** A producer's override: any subset of the design's requirements. */
export const requirementsOverrideSchema = z.object({
  throughput: requirementsShape.throughput.removeDefault().optional(),
  peakThroughput: requirementsShape.peakThroughput,
  messageSizeBytes: requirementsShape.messageSizeBytes.removeDefault().optional(),
  maxMessageBytes: requirementsShape.maxMessageBytes,
  latencyMs: requirementsShape.latencyMs,
  ordering: requirementsShape.ordering.removeDefault().optional(),
  delivery: requirementsShape.delivery.removeDefault().optional(),
  retentionHours: requirementsShape.retentionHours,
  maxConsumerOutageHours: requirementsShape.maxConsumerOutageHours,
  replayFromBeginning: requirementsShape.replayFromBeginning,
  rebuildHours: requirementsShape.rebuildHours,
  criticality: requirementsShape.criticality.removeDefault().optional(),
});
export type RequirementsOverride = z.infer<typeof requirementsOverrideSchema>;

/**
 * What a consumer itself needs, whatever its producers promise: a read-only
 * dashboard may read a critical stream at-most-once, and a ledger may need
 * exactly-once behind a lax producer. Unset fields are inherited from the
 * flows that reach the consumer. The recovery needs say how far back it must
 * be able to re-read and how long a full rebuild takes.
 */
export const consumerRequirementsSchema = z.object({
  delivery: requirementsShape.delivery.removeDefault().optional(),
  ordering: requirementsShape.ordering.removeDefault().optional(),
  criticality: requirementsShape.criticality.removeDefault().optional(),
  latencyMs: requirementsShape.latencyMs,
  maxConsumerOutageHours: requirementsShape.maxConsumerOutageHours,
  replayHours: z.number().min(0).optional().meta({ description: 'How far back, in hours, this consumer must be able to re-read' }),
  replayFromBeginning: z.boolean().optional().meta({ description: 'This consumer must be able to re-read everything ever written (a rebuild from the start)' }),
  rebuildHours: requirementsShape.rebuildHours,
});
export type ConsumerRequirements = z.infer<typeof consumerRequirementsSchema>;
