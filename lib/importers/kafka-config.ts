import { KAFKA_LONG_MAX } from '../design';
import { DesignBuilder, bool, describe, int, isRecord, keyPath, short } from './builder';

/**
 * Kafka topic configs (as Strimzi `spec.config`, topicctl `settings` and the
 * AsyncAPI kafka binding's `topicConfiguration` write them) → the kafka-topic
 * node's `config`. Numbers may come as strings; lists as YAML lists or comma
 * strings. Keys the design does not hold are reported.
 */

const NUMBER_KEYS = new Set([
  'min.insync.replicas',
  'retention.ms',
  'retention.bytes',
  'max.message.bytes',
  'min.compaction.lag.ms',
  'max.compaction.lag.ms',
  'delete.retention.ms',
  'segment.ms',
  'segment.bytes',
  'flush.messages',
  'flush.ms',
  'local.retention.ms',
  'local.retention.bytes',
]);
const BOOLEAN_KEYS = new Set(['unclean.leader.election.enable', 'remote.storage.enable']);
const COMPRESSION = new Set(['producer', 'uncompressed', 'gzip', 'snappy', 'lz4', 'zstd']);

export interface TopicConfigResult {
  config: Record<string, unknown>;
  /** Whether min.insync.replicas was given (otherwise it stays unset: the cluster's setting or Kafka's default, 1). */
  hasMinIsr: boolean;
}

export function kafkaTopicConfig(value: unknown, path: string, b: DesignBuilder): TopicConfigResult {
  const config: Record<string, unknown> = {};
  if (value === undefined || value === null) return { config, hasMinIsr: false };
  if (!isRecord(value)) {
    b.note(path, `Topic configs must be a map, not ${describe(value)}; ignored.`);
    return { config, hasMinIsr: false };
  }
  for (const [key, raw] of Object.entries(value)) {
    const p = keyPath(path, key);
    if (key === 'cleanup.policy') {
      const list = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(',') : [];
      const set = new Set(list.map((x) => String(x).trim()).filter(Boolean));
      if (set.size === 0 || [...set].some((x) => x !== 'compact' && x !== 'delete'))
        b.note(p, `cleanup.policy ${describe(raw)} is not delete, compact or both; not kept (the cluster's or Kafka's default applies).`);
      else config[key] = set.size === 2 ? 'compact,delete' : [...set][0];
    } else if (key === 'max.compaction.lag.ms' && (raw === KAFKA_LONG_MAX || raw === 2 ** 63)) {
      // Kafka's own default (Long.MAX_VALUE); a JSON or YAML reader gives 2^63 for it.
      config[key] = KAFKA_LONG_MAX;
    } else if (NUMBER_KEYS.has(key)) {
      const n = int(raw);
      if (n === undefined) b.note(p, `${key} ${describe(raw)} is not a whole number; not kept.`);
      else config[key] = n;
    } else if (BOOLEAN_KEYS.has(key)) {
      const v = bool(raw);
      if (v === undefined) b.note(p, `${key} ${describe(raw)} is not true or false; not kept.`);
      else config[key] = v;
    } else if (key === 'compression.type') {
      if (typeof raw === 'string' && COMPRESSION.has(raw)) config[key] = raw;
      else b.note(p, `compression.type ${describe(raw)} is not one of ${[...COMPRESSION].join(', ')}; not kept.`);
    } else {
      b.note(p, `Topic config "${short(key)}" = ${describe(raw)} is not represented in the design.`);
    }
  }
  return { config, hasMinIsr: config['min.insync.replicas'] !== undefined };
}

/** Kafka's rule for topic names: 1–249 of `[a-zA-Z0-9._-]`, not `.` or `..`. */
export function kafkaTopicNameProblem(name: string): string | undefined {
  if (name.length === 0) return 'is empty';
  if (name.length > 249) return `is ${name.length} characters long (Kafka allows 249)`;
  if (name === '.' || name === '..') return 'cannot be "." or ".."';
  if (!/^[a-zA-Z0-9._-]+$/.test(name)) return 'uses characters Kafka does not allow (only letters, digits, ".", "_" and "-")';
  return undefined;
}

/**
 * One summary line for topics that leave min.insync.replicas unset: the design
 * leaves it unset too (an importer never records a default as a fact), and the
 * topics get what the broker gives them.
 */
export function noteUnsetMinIsr(b: DesignBuilder, count: number, path: string): void {
  if (count === 0) return;
  b.note(
    path,
    `${count} ${count === 1 ? 'topic does' : 'topics do'} not set min.insync.replicas, so ${count === 1 ? 'it takes' : 'they take'} the cluster's (Kafka's default is 1: an acks=all write is then acknowledged by a single replica); the design leaves it unset too.`,
  );
}
