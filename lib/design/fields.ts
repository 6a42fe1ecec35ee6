import { z } from 'zod';
import { cloudEventsEnvelopeSchema } from './cloudevents-envelope';

/**
 * Field schemas shared by several node kinds. Kept here so that a field means
 * the same thing (and validates the same way) wherever it appears.
 */

/** A node or cluster id: readable, stable, safe in every export format's identifiers once escaped. */
export const idSchema = z
  .string()
  .min(1, 'An id cannot be empty')
  .max(200, 'An id is at most 200 characters')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._\-]*$/, 'An id uses letters, digits, ".", "_" and "-", and starts with a letter or digit')
  .refine((v) => !['__proto__', 'constructor', 'prototype'].includes(v), 'This id is reserved');

/** A display name: anything printable, shown as text everywhere. */
export const nameSchema = z.string().min(1, 'A name cannot be empty').max(1000, 'A name is at most 1000 characters');

export const notesSchema = z.string().max(20_000, 'Notes are at most 20,000 characters');

/** Non-negative safe integer. */
export const count = () => z.number().int().min(0);
/** Positive safe integer. */
export const positive = () => z.number().int().min(1);

/**
 * A risk the team accepted on purpose: the review lists the finding as
 * accepted, with this reason, instead of deducting for it.
 */
export const acceptedRiskSchema = z.object({
  rule: z.string().min(1).max(200),
  reason: z.string().min(1, 'Say why the risk is accepted').max(2000),
});
export type AcceptedRisk = z.infer<typeof acceptedRiskSchema>;

/** What every node has, whatever its kind. */
export const baseNodeFields = {
  id: idSchema,
  name: nameSchema,
  /**
   * Absent (the usual case), the id follows the name: a rename in the studio
   * gives the node the name's slug as its id and rewrites every reference.
   * `true` keeps the id whatever the name: what the user chose, or what an
   * outside system (a principal, a script) already refers to. Files written
   * before this field existed load unpinned and keep their ids until a rename.
   */
  idPinned: z.literal(true).optional(),
  cluster: idSchema.optional(),
  notes: notesSchema.optional(),
  acceptedRisks: z.array(acceptedRiskSchema).max(200).default([]),
};

/** The contract of the messages on a channel (topic, exchange, stream, queue). */
export const messageSchemaSchema = z.object({
  name: z.string().max(200).optional(),
  format: z.enum(['none', 'json', 'json-schema', 'avro', 'protobuf', 'cloudevents']).default('none'),
  version: z.string().max(50).optional(),
  registry: z.boolean().default(false),
  definition: z.string().max(100_000).optional(),
  envelope: cloudEventsEnvelopeSchema.optional(),
});
export type MessageSchema = z.infer<typeof messageSchemaSchema>;

/** The role a channel plays in an error-handling path. */
export const channelRoleSchema = z.enum(['normal', 'retry', 'dead-letter']).default('normal');

/**
 * A duration as brokers write them: `500ms`, `30s`, `5m`, `2h`, `7d` (NATS and
 * RabbitMQ streams use such strings; exporters convert to their own unit).
 */
export const durationSchema = z.string().regex(/^\d+(\.\d+)?(ns|us|ms|s|m|h|d)$/, 'A duration is a number with a unit: ms, s, m, h or d (e.g. 30s)');
