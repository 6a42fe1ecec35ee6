import { msToDuration } from '../design';
import { parseDataText } from '../design/safe-parse-text';
import { DesignBuilder, describe, fileStem, guard, head, int, isRecord, keyPath, parseErrors, short, str } from './builder';
import type { ImportResult, Importer } from './importer';

/**
 * NATS JetStream stream and consumer configurations: the JSON of the
 * JetStream API (`io.nats.jetstream.api.v1.stream_configuration` /
 * `consumer_configuration`), as `nats stream add --config` and
 * `nats consumer add STREAM --config` read it, or a `nats stream info --json`
 * / `nats consumer info --json` document (the config under `config`).
 *
 * - a stream config → a JetStream stream on a NATS cluster: subjects,
 *   retention, storage, replicas, limits, discard, and the durations
 *   (nanoseconds in the API) as the design writes them (`7d`, `2m`);
 * - a consumer config → a consumer group (ack policy, ack wait, max deliver,
 *   backoff, max ack pending, filter subjects, deliver group); with
 *   `stream_name` (an info document) it consumes from that stream.
 * Fields the design does not hold (mirrors, sources, placement, republish,
 * metadata, 2.10+ options …) are reported. A config without a name (natscli
 * takes it from the command line) is named after the file, with a note.
 */

type Rec = Record<string, unknown>;

const STREAM_HELD = new Set(['name', 'description', 'subjects', 'retention', 'storage', 'num_replicas', 'max_age', 'max_bytes', 'max_msgs', 'max_msg_size', 'discard', 'duplicate_window']);
/** Stream fields whose value is the default, so leaving them out loses nothing. */
const STREAM_DEFAULTS: Record<string, unknown> = {
  max_consumers: -1, max_msgs_per_subject: -1, no_ack: false, sealed: false, deny_delete: false, deny_purge: false, allow_rollup_hdrs: false,
  allow_direct: false, mirror_direct: false, discard_new_per_subject: false, compression: 'none', first_seq: 0, allow_msg_ttl: false,
};
const CONSUMER_HELD = new Set(['durable_name', 'name', 'description', 'ack_policy', 'ack_wait', 'max_deliver', 'backoff', 'max_ack_pending', 'filter_subject', 'filter_subjects', 'deliver_group']);
const CONSUMER_DEFAULTS: Record<string, unknown> = { deliver_policy: 'all', replay_policy: 'instant', opt_start_seq: 0, opt_start_time: '0001-01-01T00:00:00Z', num_replicas: 0, mem_storage: false, headers_only: false };

export const natsJetstreamImporter: Importer = {
  id: 'nats-jetstream',
  label: 'NATS JetStream stream / consumer JSON',
  detect(text) {
    const start = head(text);
    if (!/^\s*\{/.test(start)) return false;
    const stream = /"subjects"\s*:/.test(start) && /"(retention|storage|max_age|num_replicas|max_msgs)"\s*:/.test(start);
    const consumer = /"(ack_policy|durable_name|deliver_policy)"\s*:/.test(start) && /"(ack_policy|ack_wait|max_deliver|deliver_subject|filter_subject)"\s*:/.test(start);
    return (stream || consumer) && !/"(rabbit_version|rabbitmq_version|queuewright|asyncapi)"\s*:/.test(start);
  },
  import: (text, fileName) => guard(() => importNats(text, fileName)),
};

function importNats(text: string, fileName?: string): ImportResult {
  const parsed = parseDataText(text, 'json', { allowPrototypeNames: true });
  if (!parsed.ok) return parseErrors(parsed.problem);
  const doc = parsed.data;
  if (!isRecord(doc)) return { ok: false, errors: [{ message: 'A JetStream configuration is a JSON object.' }] };
  // `nats stream info --json` / `nats consumer info --json` wrap the config.
  const wrapped = isRecord(doc.config);
  const config = wrapped ? (doc.config as Rec) : doc;
  const base = wrapped ? 'config' : '';
  const isConsumer = ['ack_policy', 'durable_name', 'deliver_policy', 'deliver_subject'].some((k) => k in config) && !('subjects' in config);
  const b = new DesignBuilder();
  const cluster = b.addCluster('NATS', 'nats', {}, base || 'config');
  if (isConsumer) readConsumer(config, base, b, fileName, wrapped ? str(doc.stream_name) : undefined, cluster);
  else readStream(config, base, b, fileName, cluster);
  return b.build(str(config.name) ?? str(config.durable_name) ?? fileStem(fileName) ?? 'NATS JetStream');
}

const at = (base: string, field: string) => keyPath(base, field);

/** Nanoseconds (the API's unit) → a design duration; undefined for 0 (unlimited / server default). */
function duration(value: unknown, path: string, b: DesignBuilder): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    b.note(path, `${describe(value)} is not a duration in nanoseconds; the default is used.`);
    return undefined;
  }
  if (value === 0) return undefined;
  const ms = value / 1e6;
  return Number.isInteger(ms) ? msToDuration(ms) : `${Math.round(value)}ns`;
}

function noteRest(config: Rec, held: Set<string>, defaults: Record<string, unknown>, base: string, b: DesignBuilder, what: string): void {
  for (const [key, value] of Object.entries(config)) {
    if (held.has(key)) continue;
    if (Object.hasOwn(defaults, key) && JSON.stringify(defaults[key]) === JSON.stringify(value)) continue;
    b.note(at(base, key), `${what} field "${short(key)}" = ${describe(value)} is not represented in the design.`);
  }
}

function nameOf(config: Rec, field: string, base: string, b: DesignBuilder, fileName: string | undefined, what: string): string {
  const name = str(config[field]);
  if (name) {
    if (/[\s.*>/\\]/.test(name)) b.note(at(base, field), `"${short(name)}" is not a valid ${what} name (no spaces, ".", "*", ">", "/" or "\\"); the server refuses it.`);
    return name;
  }
  const fallback = fileStem(fileName)?.replace(/_config$/i, '') ?? what;
  b.note(at(base, field), `The ${what} has no name (natscli takes it from the command line); it is named "${short(fallback)}" after the file.`);
  return fallback;
}

function readStream(config: Rec, base: string, b: DesignBuilder, fileName: string | undefined, cluster: string): void {
  const name = nameOf(config, 'name', base, b, fileName, 'stream');
  const props: Rec = { cluster };
  if (Array.isArray(config.subjects)) {
    const subjects = config.subjects.filter((s): s is string => typeof s === 'string' && s.length > 0);
    if (subjects.length !== config.subjects.length) b.note(at(base, 'subjects'), 'Subjects that are not text are skipped.');
    props.subjects = subjects;
  } else if (config.subjects !== undefined) b.note(at(base, 'subjects'), 'subjects must be a list; ignored.');
  else props.subjects = [name];
  for (const [field, values] of [['retention', ['limits', 'interest', 'workqueue']], ['discard', ['old', 'new']]] as const) {
    const value = config[field];
    if (value === undefined) continue;
    if (typeof value === 'string' && (values as readonly string[]).includes(value)) props[field] = value;
    else b.note(at(base, field), `${field} ${describe(value)} is not one of ${values.join(', ')}; the default is used.`);
  }
  const storage = config.storage;
  if (typeof storage === 'string') {
    const lower = storage.toLowerCase();
    if (lower === 'file' || lower === 'memory') {
      props.storage = lower;
      if (lower !== storage) b.note(at(base, 'storage'), `storage "${short(storage)}" is read as "${lower}"; the server accepts only the lower-case spelling.`);
    } else b.note(at(base, 'storage'), `storage ${describe(storage)} is not file or memory; file is assumed.`);
  }
  for (const field of ['num_replicas', 'max_bytes', 'max_msgs', 'max_msg_size'] as const) {
    if (config[field] !== undefined) props[field] = int(config[field]) ?? config[field];
  }
  if (config.num_replicas === 0) props.num_replicas = 1;
  const maxAge = duration(config.max_age, at(base, 'max_age'), b);
  if (maxAge) props.max_age = maxAge;
  const window = duration(config.duplicate_window, at(base, 'duplicate_window'), b);
  if (window) props.duplicate_window = window;
  if (config.mirror !== undefined && Array.isArray(config.sources) && config.sources.length > 0) {
    b.note(at(base, 'mirror'), 'A stream cannot have a mirror and sources together; the server refuses this configuration.');
  }
  noteRest(config, STREAM_HELD, STREAM_DEFAULTS, base, b, 'Stream');
  const props2 = str(config.description) ? { ...props, notes: str(config.description)!.slice(0, 20_000) } : props;
  b.addNode('nats-stream', name, props2, base || 'config');
}

function readConsumer(config: Rec, base: string, b: DesignBuilder, fileName: string | undefined, streamName: string | undefined, cluster: string): void {
  const durable = str(config.durable_name);
  const name = durable ?? nameOf(config, 'name', base, b, fileName, 'consumer');
  const nats: Rec = { durable: durable !== undefined };
  const ackPolicy = config.ack_policy;
  if (ackPolicy !== undefined) {
    if (ackPolicy === 'explicit' || ackPolicy === 'all' || ackPolicy === 'none') nats.ack_policy = ackPolicy;
    else b.note(at(base, 'ack_policy'), `ack_policy ${describe(ackPolicy)} is not explicit, all or none; explicit is assumed.`);
  }
  const ackWait = duration(config.ack_wait, at(base, 'ack_wait'), b);
  if (ackWait) nats.ack_wait = ackWait;
  if (config.max_deliver !== undefined) nats.max_deliver = int(config.max_deliver) ?? config.max_deliver;
  if (config.max_ack_pending !== undefined) nats.max_ack_pending = int(config.max_ack_pending) ?? config.max_ack_pending;
  if (Array.isArray(config.backoff)) {
    const backoff = config.backoff.map((ns, i) => duration(ns, `${at(base, 'backoff')}[${i}]`, b)).filter((d): d is string => d !== undefined);
    nats.backoff = backoff;
  }
  const filters = [
    ...(typeof config.filter_subject === 'string' && config.filter_subject !== '' ? [config.filter_subject] : []),
    ...(Array.isArray(config.filter_subjects) ? config.filter_subjects.filter((s): s is string => typeof s === 'string' && s !== '') : []),
  ];
  if (typeof config.filter_subject === 'string' && Array.isArray(config.filter_subjects) && config.filter_subjects.length > 0) {
    b.note(at(base, 'filter_subjects'), 'filter_subject and filter_subjects together are refused by the server; both are kept as filter subjects.');
  }
  nats.filter_subjects = filters;
  if (typeof config.deliver_group === 'string' && config.deliver_group !== '') nats.deliver_group = config.deliver_group;
  if (typeof config.deliver_subject === 'string') {
    b.note(at(base, 'deliver_subject'), `This is a push consumer (deliver subject "${short(config.deliver_subject)}"); the design does not tell push from pull consumers.`);
    for (const pullOnly of ['max_waiting', 'max_batch', 'max_expires', 'max_bytes']) {
      if (config[pullOnly] !== undefined) b.note(at(base, pullOnly), `${pullOnly} is for pull consumers; a push consumer (with deliver_subject) cannot have it, and the server refuses it.`);
    }
  }
  if (durable !== undefined && typeof config.name === 'string' && config.name !== durable) b.note(at(base, 'name'), 'name and durable_name differ; the server refuses this. durable_name is used.');
  const held = new Set([...CONSUMER_HELD, 'deliver_subject', ...(typeof config.deliver_subject === 'string' ? ['max_waiting', 'max_batch', 'max_expires', 'max_bytes'].filter((k) => config[k] !== undefined) : [])]);
  noteRest(config, held, CONSUMER_DEFAULTS, base, b, 'Consumer');
  const props: Rec = { nats, groupId: name.slice(0, 255) };
  if (str(config.description)) props.notes = str(config.description)!.slice(0, 20_000);
  const group = b.addNode('consumer-group', name, props, base || 'config');
  if (!group) return;
  if (streamName) {
    const stream = b.addNode('nats-stream', streamName, { cluster, subjects: [] }, 'stream_name');
    b.note('stream_name', `Stream "${short(streamName)}" is only named here; its configuration is in another file, so the design uses defaults.`);
    if (stream) b.connect('consume', stream, group, {}, 'stream_name');
  } else {
    b.note(base || 'config', 'The stream this consumer reads is not in the file (`nats consumer add STREAM` takes it on the command line); connect it in the design.');
  }
}
