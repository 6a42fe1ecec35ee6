import { resolveDesign } from '../brokers/resolve';
import { natsDurableName } from '../brokers/service-identifiers';
import { indexGraph, nodesOfKind, type Design } from '../design';
import type { ResolvedNatsStream } from '../brokers/nats/resolve';
import type { ResolvedConsumerGroup } from '../brokers/services/resolve';
import type { ExportError } from './exporter';
import { subjectIsSubset, subjectProblem, subjectsCollide } from '../brokers/nats/subjects';

/**
 * One description of a design's JetStream streams and consumers, in the server
 * API's JSON (snake_case, durations as integer nanoseconds), shared by the
 * JSON exporter (nats-jetstream.ts, which documents the mappings) and live
 * apply (lib/live/nats-desired.ts). The checks are the server's own
 * (nats-server `checkStreamCfg` / `addConsumerWithAssignment`).
 */

interface NatsVersion {
  major: number;
  minor: number;
  text?: string;
}

export function parseNatsVersion(text: string | undefined): NatsVersion {
  const match = text === undefined ? null : /^\s*v?(\d+)\.(\d+)/.exec(text);
  if (!match) return { major: 2, minor: 9 };
  return { major: Number(match[1]), minor: Number(match[2]), text };
}

function atLeast(version: NatsVersion, major: number, minor: number): boolean {
  return version.major > major || (version.major === major && version.minor >= minor);
}

const INT64_MAX = 9223372036854775807n;
const INT32_MAX = 2147483647;
const NS_PER_UNIT: Record<string, bigint> = { ns: 1n, us: 1_000n, ms: 1_000_000n, s: 1_000_000_000n, m: 60_000_000_000n, h: 3_600_000_000_000n, d: 86_400_000_000_000n };

/** `30s` → 30000000000n, exactly (no floating point); fractions of a nanosecond are rounded. */
export function durationToNanos(text: string): bigint | undefined {
  const match = /^(\d+)(?:\.(\d+))?(ns|us|ms|s|m|h|d)$/.exec(text);
  if (!match) return undefined;
  const fraction = match[2] ?? '';
  const scale = 10n ** BigInt(fraction.length);
  const scaled = (BigInt(match[1]) * scale + BigInt(fraction || '0')) * NS_PER_UNIT[match[3]];
  return (scaled * 2n + scale) / (2n * scale);
}

/**
 * JSON text like `JSON.stringify(value, null, 2)`, but bigints are written as
 * plain integers: nanosecond durations pass 2^53 after about 104 days.
 */
export function jsonWithBigInts(value: unknown, indent = ''): string {
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const inner = `${indent}  `;
    return `[\n${value.map((v) => `${inner}${jsonWithBigInts(v, inner)}`).join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    const inner = `${indent}  `;
    return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${jsonWithBigInts(v, inner)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

/** Why the server would refuse `name` as a stream or consumer name. */
export function natsNameProblem(name: string): string | undefined {
  if (name === '') return 'it is empty';
  if (/[\uD800-\uDFFF]/u.test(name)) return 'it holds a broken character (a lone UTF-16 surrogate)';
  if (new TextEncoder().encode(name).length > 255) return 'it is longer than 255 bytes';
  // nats-server isValidName; path separators are refused by newer servers and would make bad file names.
  const bad = /[ \t\r\n\f.*>/\\\u0000]/.exec(name);
  if (bad) return `it contains ${JSON.stringify(bad[0])} (names cannot hold whitespace, ".", "*", ">", "/" or "\\")`;
  return undefined;
}

/** nats-server's JSMaxDescriptionLen: a longer description is refused. */
const MAX_DESCRIPTION_BYTES = 4096;

/** The node's notes become the description; the server refuses one longer than 4 KiB. */
function descriptionProblem(notes: string | undefined, fail: (message: string) => void): void {
  if (notes === undefined) return;
  if (/[\uD800-\uDFFF]/u.test(notes)) fail('its notes (the description) hold a broken character (a lone UTF-16 surrogate).');
  else if (new TextEncoder().encode(notes).length > MAX_DESCRIPTION_BYTES) fail(`its notes, written as the description, are longer than the ${MAX_DESCRIPTION_BYTES} bytes nats-server allows.`);
}

export interface NatsConsumerConfig {
  node: ResolvedConsumerGroup;
  name: string;
  filters: string[];
  config: Record<string, unknown>;
}

export interface NatsStreamConfig {
  node: ResolvedNatsStream;
  clusterKey: string;
  subjects: string[];
  config: Record<string, unknown>;
  consumers: NatsConsumerConfig[];
}

function buildStream(stream: ResolvedNatsStream, version: NatsVersion, nodesInCluster: number | undefined, errors: ExportError[]): NatsStreamConfig['config'] | undefined {
  const fail = (message: string) => errors.push({ nodeId: stream.id, message: `Stream "${stream.name}": ${message}` });
  const start = errors.length;
  const nameProblem = natsNameProblem(stream.name);
  if (nameProblem) fail(`its name cannot be a JetStream stream name: ${nameProblem}.`);
  const subjects = stream.subjects.length > 0 ? stream.subjects : [stream.name];
  const seen = new Set<string>();
  for (const subject of subjects) {
    const problem = subjectProblem(subject);
    if (problem) fail(`subject ${JSON.stringify(subject)} is not valid: ${problem}.`);
    else if (subjectsCollide(subject, '$JS.API.>')) fail(`subject ${JSON.stringify(subject)} overlaps the JetStream API ($JS.API.>), which the server refuses.`);
    if (seen.has(subject)) fail(`subject ${JSON.stringify(subject)} is listed twice.`);
    else {
      const overlapping = [...seen].find((other) => subjectsCollide(subject, other));
      if (overlapping !== undefined) fail(`subjects ${JSON.stringify(overlapping)} and ${JSON.stringify(subject)} overlap, which the server refuses within one stream.`);
    }
    seen.add(subject);
  }
  const maxAge = stream.max_age !== undefined ? durationToNanos(stream.max_age) : 0n;
  const duplicates = durationToNanos(stream.duplicate_window);
  if (maxAge === undefined || maxAge > INT64_MAX) fail(`max_age ${stream.max_age} is not a duration JetStream can hold.`);
  if (duplicates === undefined || duplicates > INT64_MAX) fail(`duplicate_window ${stream.duplicate_window} is not a duration JetStream can hold.`);
  if (maxAge !== undefined && duplicates !== undefined && maxAge > 0n && duplicates > maxAge) {
    fail(`its duplicate_window (${stream.duplicate_window}) is longer than max_age (${stream.max_age}); the server refuses that. Shorten the window.`);
  }
  if (stream.max_msg_size > INT32_MAX) fail(`max_msg_size ${stream.max_msg_size} is larger than JetStream allows (${INT32_MAX}).`);
  if (nodesInCluster !== undefined && stream.num_replicas > nodesInCluster) {
    fail(`it asks for ${stream.num_replicas} replicas but its cluster has ${nodesInCluster} node${nodesInCluster === 1 ? '' : 's'}.`);
  }
  descriptionProblem(stream.notes, fail);
  if (errors.length > start) return undefined;
  return {
    name: stream.name,
    ...(stream.notes ? { description: stream.notes } : {}),
    subjects,
    retention: stream.retention,
    max_consumers: -1,
    max_msgs_per_subject: -1,
    max_msgs: stream.max_msgs,
    max_bytes: stream.max_bytes,
    max_age: maxAge,
    max_msg_size: stream.max_msg_size,
    storage: stream.storage,
    discard: stream.discard,
    num_replicas: stream.num_replicas,
    duplicate_window: duplicates,
    sealed: false,
    deny_delete: false,
    deny_purge: false,
    allow_rollup_hdrs: false,
    ...(atLeast(version, 2, 9) ? { allow_direct: false, mirror_direct: false } : {}),
  };
}

function buildConsumer(stream: NatsStreamConfig, group: ResolvedConsumerGroup, version: NatsVersion, errors: ExportError[]): NatsConsumerConfig | undefined {
  const name = natsDurableName(group);
  const fail = (message: string) => errors.push({ nodeId: group.id, message: `Consumer "${name}" of stream "${stream.node.name}": ${message}` });
  const start = errors.length;
  const nats = group.nats;
  const problem = natsNameProblem(name);
  if (problem) fail(`its name (the group id, or the node's name when there is none) cannot be a JetStream consumer name: ${problem}.`);
  const filters = nats.filter_subjects;
  for (const filter of filters) {
    const subjectError = subjectProblem(filter);
    if (subjectError) fail(`filter subject ${JSON.stringify(filter)} is not valid: ${subjectError}.`);
    else if (!stream.subjects.some((s) => subjectIsSubset(filter, s))) fail(`filter subject ${JSON.stringify(filter)} is not within the stream's subjects (${stream.subjects.join(', ')}).`);
  }
  if (filters.length > 1 && !atLeast(version, 2, 10)) {
    fail(
      `it filters on ${filters.length} subjects, which needs nats-server 2.10 or later (filter_subjects); the target is ${version.text !== undefined ? `nats-server ${version.text}` : 'nats-server 2.9 (the cluster has no version)'}. Set the cluster version or keep one filter subject.`,
    );
  }
  const grouped = nats.deliver_group !== undefined && nats.deliver_group !== '';
  const push = grouped || nats.deliver_subject !== undefined;
  if (grouped && /[ \t\r\n\f]/.test(nats.deliver_group!)) fail('its deliver_group contains whitespace, which a queue group name cannot hold.');
  const deliverSubject = nats.deliver_subject ?? `deliver.${stream.node.name}.${name}`;
  const deliverProblem = push ? subjectProblem(deliverSubject) : undefined;
  if (deliverProblem) fail(`its deliver_subject ${JSON.stringify(deliverSubject)} is not valid: ${deliverProblem}.`);
  else if (push && stream.subjects.some((s) => subjectsCollide(deliverSubject, s))) {
    fail(`its delivery subject ${JSON.stringify(deliverSubject)} is one of the stream's own subjects, which would loop.`);
  }
  if (stream.node.retention === 'workqueue' && nats.ack_policy !== 'explicit') fail('work-queue streams need ack_policy "explicit".');
  const backoff = nats.backoff.map((step) => durationToNanos(step));
  if (backoff.some((b) => b === undefined || b > INT64_MAX)) fail('a backoff step is not a duration JetStream can hold.');
  const maxDeliver = nats.max_deliver === 0 ? -1 : nats.max_deliver;
  if (backoff.length > 0 && (maxDeliver === -1 || maxDeliver <= backoff.length)) {
    fail(`it has ${backoff.length} backoff steps, so max_deliver must be larger than ${backoff.length} (it is ${nats.max_deliver}).`);
  }
  const ackWait = durationToNanos(nats.ack_wait);
  if (ackWait === undefined || ackWait > INT64_MAX || ackWait < 1n) fail(`ack_wait ${nats.ack_wait} is not a duration JetStream can hold.`);
  descriptionProblem(group.notes, fail);
  if (errors.length > start) return undefined;
  const durable = nats.durable;
  return {
    node: group,
    name,
    filters,
    config: {
      stream_name: stream.node.name,
      ...(durable ? { durable_name: name } : { name }),
      ...(group.notes ? { description: group.notes } : {}),
      deliver_policy: 'all',
      ack_policy: nats.ack_policy,
      ...(nats.ack_policy === 'none' ? {} : { ack_wait: ackWait }),
      max_deliver: maxDeliver,
      ...(filters.length === 1 ? { filter_subject: filters[0] } : filters.length > 1 ? { filter_subjects: filters } : {}),
      replay_policy: 'instant',
      // Without acks nothing is pending: push consumers refuse the setting, pull consumers ignore it.
      ...(nats.max_ack_pending !== 0 && nats.ack_policy !== 'none' ? { max_ack_pending: nats.max_ack_pending } : {}),
      ...(push ? { deliver_subject: deliverSubject, deliver_group: nats.deliver_group } : { max_waiting: 512 }),
      ...(backoff.length > 0 ? { backoff } : {}),
    },
  };
}

/**
 * The JetStream stream and consumer configurations of a design, as the
 * server's API takes them: what the JSON export writes and what live apply
 * sends, so the two cannot disagree. Refuses (naming the node) what the server
 * would refuse.
 */
export function buildNatsJetstream(document: Design): { ok: true; streams: NatsStreamConfig[] } | { ok: false; errors: ExportError[] } {
  const design = resolveDesign(document);
  const graph = indexGraph(design);
  const streams = nodesOfKind(design, 'nats-stream');
  const errors: ExportError[] = [];
  const out: NatsStreamConfig[] = [];
  const names = new Map<string, string>();
  for (const stream of streams) {
    const cluster = stream.cluster === undefined ? undefined : graph.clusterById.get(stream.cluster);
    const version = parseNatsVersion(cluster?.version);
    const clusterKey = stream.cluster ?? '';
    const key = `${clusterKey}\u0000${stream.name}`;
    if (names.has(key)) errors.push({ nodeId: stream.id, message: `Stream "${stream.name}" has the same name as node "${names.get(key)}" on the same cluster.` });
    names.set(key, stream.id);
    const config = buildStream(stream, version, cluster?.nodes, errors);
    if (!config) continue;
    const built: NatsStreamConfig = { node: stream, clusterKey, subjects: config.subjects as string[], config, consumers: [] };
    // Streams of one account cannot share subjects.
    for (const other of out) {
      if (other.clusterKey !== clusterKey) continue;
      const clash = built.subjects.flatMap((a) => other.subjects.filter((b) => subjectsCollide(a, b)).map((b) => [a, b]))[0];
      if (clash)
        errors.push({
          nodeId: stream.id,
          message: `Stream "${stream.name}": subject ${JSON.stringify(clash[0])} overlaps ${JSON.stringify(clash[1])} of stream "${other.node.name}"; the server refuses streams whose subjects overlap.`,
        });
    }
    const consumerNames = new Map<string, string>();
    for (const connection of graph.outgoing.get(stream.id) ?? []) {
      if (connection.kind !== 'consume') continue;
      const group = graph.nodeById.get(connection.to);
      if (group?.kind !== 'consumer-group') continue;
      const consumer = buildConsumer(built, group, version, errors);
      if (!consumer) continue;
      const previous = consumerNames.get(consumer.name);
      if (previous !== undefined) {
        if (previous !== group.id) errors.push({ nodeId: group.id, message: `Consumer "${consumer.name}" of stream "${stream.name}" has the same name as the consumer of node "${previous}".` });
        continue;
      }
      consumerNames.set(consumer.name, group.id);
      built.consumers.push(consumer);
    }
    if (stream.retention === 'workqueue' && built.consumers.length > 1) {
      // A work queue hands each message to one consumer: the server wants every consumer filtered, with no overlap.
      for (const consumer of built.consumers) {
        if (consumer.filters.length === 0) {
          errors.push({
            nodeId: consumer.node.id,
            message: `Consumer "${consumer.name}" of work-queue stream "${stream.name}" has no filter subject; with several consumers on a work queue, each needs its own.`,
          });
        }
      }
      for (let i = 0; i < built.consumers.length; i++) {
        for (let j = i + 1; j < built.consumers.length; j++) {
          const a = built.consumers[i];
          const b = built.consumers[j];
          if (a.filters.some((x) => b.filters.some((y) => subjectsCollide(x, y)))) {
            errors.push({
              nodeId: b.node.id,
              message: `Consumers "${a.name}" and "${b.name}" of work-queue stream "${stream.name}" have overlapping filter subjects; a work queue needs them disjoint.`,
            });
          }
        }
      }
    }
    out.push(built);
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, streams: out };
}
