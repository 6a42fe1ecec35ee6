import { z } from 'zod';
import { rabbitmqDefinitionsImporter } from '../importers/rabbitmq-definitions';
import type { ImportNote } from '../importers/importer';
import type { Design } from '../design';
import { ConnectionGuard } from './connection-guard';
import type { EndpointAllowList } from './endpoint-allow-list';
import { kafkaConnectionSchema } from './kafka-connection';
import { readKafkaCluster } from './kafka-reader';
import { kafkaSnapshotToDesign } from './kafka-snapshot-design';
import { LiveImportError, type LiveErrorCode } from './live-error';
import { rabbitmqConnectionSchema } from './rabbitmq-connection';
import { readRabbitmq } from './rabbitmq-reader';
import { natsConnectionSchema } from './nats-connection';
import { sqsSnsConnectionSchema } from './sqs-sns-connection';

/**
 * One read-only import from a live cluster, as the studio's route and the CLI
 * ask for it: validate the request, read the cluster, build the design.
 * Never throws; a failure is a code and a message that carry no credential.
 */

export const liveImportRequestSchema = z.discriminatedUnion('from', [
  kafkaConnectionSchema.extend({ from: z.literal('kafka') }).strict(),
  rabbitmqConnectionSchema.extend({ from: z.literal('rabbitmq') }).strict(),
  natsConnectionSchema.extend({ from: z.literal('nats') }).strict(),
  sqsSnsConnectionSchema.extend({ from: z.literal('sqs-sns') }).strict(),
]);

export type LiveImportRequest = z.input<typeof liveImportRequestSchema>;

export type LiveImportResult = { ok: true; design: Design; report: ImportNote[]; source: string } | { ok: false; error: { code: LiveErrorCode; message: string } };

/** The request's problems as one line each, by field; values are never repeated (they may be secrets). */
export function requestProblems(error: z.ZodError): string {
  return error.issues
    .slice(0, 10)
    .map((issue) => `${issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}${issue.message}`)
    .join('; ');
}

/** What one import may do on the network. */
export interface LiveImportLimits {
  /** Endpoints it may connect to; absent means any (the command line, run by the operator). */
  allow?: EndpointAllowList;
  /** Bytes it may receive in all; see DEFAULT_LIVE_BUDGET_BYTES. */
  budgetBytes?: number;
}

/** What the command line reads at most from one cluster: a large cluster's topic configs run to tens of MB. */
export const DEFAULT_LIVE_BUDGET_BYTES = 64 * 1048576;

/** The guard every live connection of one request goes through: `limits`' allow-list and byte budget. */
export function liveGuard(limits: LiveImportLimits = {}): ConnectionGuard {
  return new ConnectionGuard({ allow: limits.allow, budgetBytes: limits.budgetBytes ?? DEFAULT_LIVE_BUDGET_BYTES });
}

export async function importLive(input: unknown, limits: LiveImportLimits = {}): Promise<LiveImportResult> {
  const parsed = liveImportRequestSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: { code: 'invalid-input', message: `The request is not valid: ${requestProblems(parsed.error)}.` } };
  const request = parsed.data;
  const guard = liveGuard(limits);
  try {
    if (request.from === 'kafka') {
      const snapshot = await readKafkaCluster(request, guard);
      const result = kafkaSnapshotToDesign(snapshot);
      if (!result.ok) return { ok: false, error: { code: 'failed', message: result.errors.map((e) => e.message).join(' ') } };
      return { ok: true, design: result.design, report: result.report, source: `Kafka at ${request.bootstrap.join(', ')}` };
    }
    if (request.from === 'nats') {
      // Loaded on demand: a Kafka or RabbitMQ import does not load the NATS client.
      const [{ readNats }, { natsSnapshotToDesign }] = await Promise.all([import('./nats-reader'), import('./nats-snapshot-design')]);
      const read = await readNats(request, guard);
      const result = natsSnapshotToDesign(read);
      if (!result.ok) return { ok: false, error: { code: 'failed', message: result.errors.map((e) => e.message).join(' ') } };
      const report = [...read.problems.map((message, i) => ({ path: `problems[${i}]`, message })), ...result.report];
      return { ok: true, design: result.design, report, source: `NATS ${read.version ?? ''} at ${read.source}`.replace(/\s+/g, ' ') };
    }
    if (request.from === 'sqs-sns') {
      // Loaded on demand: the AWS SDK is large, and only this import needs it.
      const [{ readSqsSns }, { sqsSnsSnapshotToDesign }] = await Promise.all([import('./sqs-sns-reader'), import('./sqs-sns-snapshot-design')]);
      const read = await readSqsSns(request, guard);
      const result = sqsSnsSnapshotToDesign(read);
      if (!result.ok) return { ok: false, error: { code: 'failed', message: result.errors.map((e) => e.message).join(' ') } };
      const report = [...read.problems.map((message, i) => ({ path: `problems[${i}]`, message })), ...result.report];
      return { ok: true, design: result.design, report, source: `AWS ${request.region} at ${read.source}` };
    }
    const snapshot = await readRabbitmq(request, guard);
    const result = rabbitmqDefinitionsImporter.import(snapshot.definitions, 'rabbitmq');
    if (!result.ok) return { ok: false, error: { code: 'failed', message: result.errors.map((e) => e.message).join(' ') } };
    const report = [...snapshot.problems.map((message, i) => ({ path: `problems[${i}]`, message })), ...result.report];
    return { ok: true, design: result.design, report, source: `RabbitMQ ${snapshot.version ?? ''} at ${snapshot.source}`.replace(/\s+/g, ' ') };
  } catch (error) {
    if (error instanceof LiveImportError) return { ok: false, error: { code: error.code, message: error.message } };
    // Readers only throw LiveImportError; anything else is a bug, reported without its (possibly secret-bearing) text.
    return { ok: false, error: { code: 'failed', message: 'The import failed unexpectedly.' } };
  }
}
