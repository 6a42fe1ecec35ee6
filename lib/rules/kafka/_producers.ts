import { Requirements } from '../../design';
import type { ResolvedProducer } from '../../brokers/services/resolve';

/**
 * What a producer's Kafka settings amount to. The design stores
 * `enable.idempotence` with a value (true unless turned off), so it is read as
 * set explicitly, which is how an exporter writes it: conflicting settings then
 * make the Java client throw instead of silently turning idempotence off.
 */

/** Kafka's default for `retries`: Integer.MAX_VALUE. */
export const DEFAULT_RETRIES = 2_147_483_647;
/** The broker keeps sequence state for the last 5 batches per producer. */
export const MAX_IDEMPOTENT_IN_FLIGHT = 5;

export function acksAll(producer: ResolvedProducer): boolean {
  return producer.kafka.acks === 'all' || producer.kafka.acks === '-1';
}

/** The settings that forbid idempotence, as `name=value` for messages; empty when none does. */
export function idempotenceConflicts(producer: ResolvedProducer): string[] {
  const k = producer.kafka;
  const conflicts: string[] = [];
  if (!acksAll(producer)) conflicts.push(`acks=${k.acks}`);
  if (k.retries === 0) conflicts.push('retries=0');
  if (k['max.in.flight.requests.per.connection'] > MAX_IDEMPOTENT_IN_FLIGHT) {
    conflicts.push(`max.in.flight.requests.per.connection=${k['max.in.flight.requests.per.connection']}`);
  }
  return conflicts;
}

/** Idempotence is on and nothing in the config prevents it. */
export function isIdempotent(producer: ResolvedProducer): boolean {
  return producer.kafka['enable.idempotence'] && idempotenceConflicts(producer).length === 0;
}

export function isTransactional(producer: ResolvedProducer): boolean {
  return producer.kafka['transactional.id'] !== undefined;
}

/** Retries that actually happen (unset means Kafka's default, effectively unbounded). */
export function retries(producer: ResolvedProducer): number {
  return producer.kafka.retries ?? DEFAULT_RETRIES;
}

/**
 * The settings that make a producer idempotent, as a patch: idempotence on,
 * acks=all, at most 5 requests in flight, and retries back to Kafka's default
 * when they were turned off. Only what must change is written.
 */
export function idempotentPatch(producer: ResolvedProducer): Partial<Record<keyof ResolvedProducer['kafka'], unknown>> {
  const patch: Partial<Record<keyof ResolvedProducer['kafka'], unknown>> = { 'enable.idempotence': true };
  if (!acksAll(producer)) patch.acks = 'all';
  if (producer.kafka['max.in.flight.requests.per.connection'] > MAX_IDEMPOTENT_IN_FLIGHT) patch['max.in.flight.requests.per.connection'] = MAX_IDEMPOTENT_IN_FLIGHT;
  if (producer.kafka.retries === 0) patch.retries = undefined;
  return patch;
}

/** Kafka's default max.request.size: 1 MiB. */
export const DEFAULT_MAX_REQUEST_SIZE = 1_048_576;

/**
 * The largest record a producer sends, uncompressed: its own typical size or
 * the largest message its flows declare, whichever is bigger.
 */
export function largestRecordBytes(producer: ResolvedProducer, requirements: Requirements): number {
  return Math.max(producer.messageSizeBytes, requirements.maxMessageBytes ?? requirements.messageSizeBytes);
}

/** Whether the producer compresses batches (so the broker sees fewer bytes than the records' size). */
export function compresses(producer: ResolvedProducer): boolean {
  const type = producer.kafka['compression.type'];
  return type !== undefined && type !== 'none';
}

/** A size limit that fits `bytes` plus batch overhead, rounded up to whole MiB so the number reads well. */
export function limitFor(bytes: number): number {
  return Math.ceil((bytes + 1024) / 1_048_576) * 1_048_576;
}
