import { msToDuration } from '../design';
import { parseDataText } from '../design/safe-parse-text';
import { NATS_NOT_CARRIED_FILE } from '../exporters/nats-jetstream';
import { DesignBuilder, describe, fileStem, guard, head, int, isRecord, keyPath, parseErrors, short, str } from './builder';
import type { ImportFile, ImportResult, Importer } from './importer';

/**
 * NATS JetStream stream and consumer configurations: the JSON of the
 * JetStream API (`io.nats.jetstream.api.v1.stream_configuration` /
 * `consumer_configuration`), as `nats stream add --config` and
 * `nats consumer add STREAM --config` read it, or a `nats stream info --json`
 * / `nats consumer info --json` document (the config under `config`). One
 * file, or a set of them (an export: streams and their consumers).
 *
 * - a stream config → a JetStream stream: subjects, retention, storage,
 *   replicas, limits, discard, and the durations (nanoseconds in the API) as
 *   the design writes them (`7d`, `2m`);
 * - a consumer config → a consumer group (ack policy, ack wait, max deliver,
 *   backoff, max ack pending, filter subjects, deliver group) consuming from
 *   its stream: the one `stream_name` names (an info document, or Queuewright's
 *   export), else the one the file name `<stream>.<consumer>.consumer.json`
 *   names; a stream that no file of the set configures is added with the
 *   design's defaults, with a note.
 * - the files of one folder are one NATS cluster. A file cannot say how many
 *   servers the cluster has: it gets the design's 3, or as many as its
 *   streams' largest replica count, so every stream fits. A consumer with
 *   several filter subjects needs nats-server 2.10, so such a cluster is
 *   taken to be 2.10.
 * Fields the design does not hold (mirrors, sources, placement, republish,
 * metadata, 2.10+ options …) are reported. A config without a name (natscli
 * takes it from the command line) is named after the file, with a note.
 */

type Rec = Record<string, unknown>;

const STREAM_HELD = new Set(['name', 'description', 'subjects', 'retention', 'storage', 'num_replicas', 'max_age', 'max_bytes', 'max_msgs', 'max_msg_size', 'discard', 'duplicate_window']);
/** Stream fields whose value is the default, so leaving them out loses nothing. */
const STREAM_DEFAULTS: Record<string, unknown> = {
  max_consumers: -1,
  max_msgs_per_subject: -1,
  no_ack: false,
  sealed: false,
  deny_delete: false,
  deny_purge: false,
  allow_rollup_hdrs: false,
  allow_direct: false,
  mirror_direct: false,
  discard_new_per_subject: false,
  compression: 'none',
  first_seq: 0,
  allow_msg_ttl: false,
};
const CONSUMER_HELD = new Set([
  'durable_name',
  'name',
  'description',
  'ack_policy',
  'ack_wait',
  'max_deliver',
  'backoff',
  'max_ack_pending',
  'filter_subject',
  'filter_subjects',
  'deliver_group',
  'stream_name',
]);
const CONSUMER_DEFAULTS: Record<string, unknown> = {
  deliver_policy: 'all',
  replay_policy: 'instant',
  opt_start_seq: 0,
  opt_start_time: '0001-01-01T00:00:00Z',
  num_replicas: 0,
  mem_storage: false,
  headers_only: false,
};
/** The cluster size a design assumes when nothing says otherwise. */
const DEFAULT_NODES = 3;

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
  import: (text, fileName) => guard(() => importNats([{ path: fileName ?? '', text }], false)),
  importFiles: (files) => guard(() => importNats(files, true)),
};

interface Parsed {
  file: ImportFile;
  /** Where the config is in the file (`config` in an info document). */
  base: string;
  config: Rec;
  streamName?: string;
}

function importNats(files: readonly ImportFile[], several: boolean): ImportResult {
  const b = new DesignBuilder();
  /** A path in the set: prefixed with the file when there are several files. */
  const at = (file: ImportFile, inner: string) => (several ? `${file.path}${inner ? `#${inner}` : ''}` : inner);
  const streams: Parsed[] = [];
  const consumers: Parsed[] = [];
  for (const file of files) {
    // The list of what the configurations cannot carry, which the export writes beside them.
    if (several && file.path.split('/').pop() === NATS_NOT_CARRIED_FILE) continue;
    const parsed = parseDataText(file.text, 'json', { allowPrototypeNames: true });
    if (!parsed.ok) {
      const result = parseErrors(parsed.problem);
      return several && !result.ok ? { ok: false, errors: result.errors.map((e) => ({ ...e, message: `${file.path}: ${e.message}` })) } : result;
    }
    const doc = parsed.data;
    if (!isRecord(doc)) return { ok: false, errors: [{ message: `${several ? `${file.path}: ` : ''}A JetStream configuration is a JSON object.` }] };
    // `nats stream info --json` / `nats consumer info --json` wrap the config.
    const wrapped = isRecord(doc.config);
    const config = wrapped ? (doc.config as Rec) : doc;
    const base = wrapped ? 'config' : '';
    const isConsumer = ['ack_policy', 'durable_name', 'deliver_policy', 'deliver_subject'].some((k) => k in config) && !('subjects' in config);
    if (isConsumer) consumers.push({ file, base, config, streamName: str(doc.stream_name) ?? str(config.stream_name) ?? streamOfFileName(file.path) });
    else streams.push({ file, base, config });
  }

  // One cluster per folder of the set; its size fits its largest stream.
  const folderOf = (file: ImportFile) => (several ? file.path.split('/').slice(0, -1).join('/') : '');
  const clusters = new Map<string, string>();
  const clusterOf = (file: ImportFile): string => {
    const folder = folderOf(file);
    let id = clusters.get(folder);
    if (id) return id;
    const replicas = Math.max(0, ...streams.filter((s) => folderOf(s.file) === folder).map((s) => int(s.config.num_replicas) ?? 0));
    const props: Rec = {};
    if (replicas > DEFAULT_NODES) {
      props.nodes = replicas;
      b.note(at(file, ''), `The files do not say how many servers the NATS cluster has: ${replicas} are assumed, as its largest stream keeps ${replicas} replicas.`);
    }
    if (consumers.some((c) => folderOf(c.file) === folder && Array.isArray(c.config.filter_subjects) && c.config.filter_subjects.length > 1)) {
      props.version = '2.10';
      b.note(at(file, ''), 'A consumer filters on several subjects (filter_subjects), which needs nats-server 2.10: the cluster is taken to be 2.10.');
    }
    id = b.addCluster(folder || 'NATS', 'nats', props, at(file, ''));
    clusters.set(folder, id);
    return id;
  };

  const streamIds = new Map<string, string>();
  for (const s of streams) {
    const cluster = clusterOf(s.file);
    const id = readStream(s, cluster, b, (inner) => at(s.file, inner));
    if (id) streamIds.set(`${cluster}\u0000${b.node(id)!.name}`, id);
  }
  for (const c of consumers) {
    const cluster = clusterOf(c.file);
    const group = readConsumer(c, b, (inner) => at(c.file, inner));
    if (!group) continue;
    if (!c.streamName) {
      b.note(at(c.file, c.base || 'config'), 'The stream this consumer reads is not in the file (`nats consumer add STREAM` takes it on the command line); connect it in the design.');
      continue;
    }
    let stream = streamIds.get(`${cluster}\u0000${c.streamName}`);
    if (!stream) {
      stream = b.addNode('nats-stream', c.streamName, { cluster, subjects: [] }, at(c.file, 'stream_name'));
      if (!stream) continue;
      streamIds.set(`${cluster}\u0000${c.streamName}`, stream);
      b.note(at(c.file, 'stream_name'), `Stream "${short(c.streamName)}" is only named here; its configuration is in no file of the import, so the design uses defaults.`);
    }
    b.connect('consume', stream, group, {}, at(c.file, 'stream_name'));
  }
  const first = streams[0] ?? consumers[0];
  const name = first ? (str(first.config.name) ?? str(first.config.durable_name) ?? fileStem(first.file.path)) : undefined;
  return b.build(several ? 'NATS JetStream' : (name ?? 'NATS JetStream'));
}

/** `ORDERS.worker.consumer.json` → `ORDERS`: Queuewright's export names each consumer file after its stream (names hold no dots). */
function streamOfFileName(path: string): string | undefined {
  const base = path.split(/[\\/]/).pop() ?? '';
  return /^([^.]+)\.[^.]+\.consumer\.json$/.exec(base)?.[1];
}

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

function noteRest(config: Rec, held: Set<string>, defaults: Record<string, unknown>, at: (inner: string) => string, base: string, b: DesignBuilder, what: string): void {
  for (const [key, value] of Object.entries(config)) {
    if (held.has(key)) continue;
    if (Object.hasOwn(defaults, key) && JSON.stringify(defaults[key]) === JSON.stringify(value)) continue;
    b.note(at(keyPath(base, key)), `${what} field "${short(key)}" = ${describe(value)} is not represented in the design.`);
  }
}

function nameOf(p: Parsed, field: string, b: DesignBuilder, at: (inner: string) => string, what: string): string {
  const name = str(p.config[field]);
  const path = at(keyPath(p.base, field));
  if (name) {
    if (/[\s.*>/\\]/.test(name)) b.note(path, `"${short(name)}" is not a valid ${what} name (no spaces, ".", "*", ">", "/" or "\\"); the server refuses it.`);
    return name;
  }
  const fallback =
    fileStem(p.file.path)
      ?.replace(/_config$/i, '')
      .replace(/\.stream$/, '') || what;
  b.note(path, `The ${what} has no name (natscli takes it from the command line); it is named "${short(fallback)}" after the file.`);
  return fallback;
}

function readStream(p: Parsed, cluster: string, b: DesignBuilder, at: (inner: string) => string): string | undefined {
  const { config, base } = p;
  const field = (name: string) => at(keyPath(base, name));
  const name = nameOf(p, 'name', b, at, 'stream');
  const props: Rec = { cluster };
  if (Array.isArray(config.subjects)) {
    const subjects = config.subjects.filter((s): s is string => typeof s === 'string' && s.length > 0);
    if (subjects.length !== config.subjects.length) b.note(field('subjects'), 'Subjects that are not text are skipped.');
    props.subjects = subjects;
  } else if (config.subjects !== undefined) b.note(field('subjects'), 'subjects must be a list; ignored.');
  else props.subjects = [name];
  for (const [key, values] of [
    ['retention', ['limits', 'interest', 'workqueue']],
    ['discard', ['old', 'new']],
  ] as const) {
    const value = config[key];
    if (value === undefined) continue;
    if (typeof value === 'string' && (values as readonly string[]).includes(value)) props[key] = value;
    else b.note(field(key), `${key} ${describe(value)} is not one of ${values.join(', ')}; the default is used.`);
  }
  const storage = config.storage;
  if (typeof storage === 'string') {
    const lower = storage.toLowerCase();
    if (lower === 'file' || lower === 'memory') {
      props.storage = lower;
      if (lower !== storage) b.note(field('storage'), `storage "${short(storage)}" is read as "${lower}"; the server accepts only the lower-case spelling.`);
    } else b.note(field('storage'), `storage ${describe(storage)} is not file or memory; file is assumed.`);
  }
  for (const key of ['num_replicas', 'max_bytes', 'max_msgs', 'max_msg_size'] as const) {
    if (config[key] !== undefined) props[key] = int(config[key]) ?? config[key];
  }
  if (config.num_replicas === 0) props.num_replicas = 1;
  const maxAge = duration(config.max_age, field('max_age'), b);
  if (maxAge) props.max_age = maxAge;
  const window = duration(config.duplicate_window, field('duplicate_window'), b);
  if (window) props.duplicate_window = window;
  if (config.mirror !== undefined && Array.isArray(config.sources) && config.sources.length > 0) {
    b.note(field('mirror'), 'A stream cannot have a mirror and sources together; the server refuses this configuration.');
  }
  noteRest(config, STREAM_HELD, STREAM_DEFAULTS, at, base, b, 'Stream');
  if (str(config.description)) props.notes = str(config.description)!.slice(0, 20_000);
  return b.addNode('nats-stream', name, props, at(base || 'config'));
}

function readConsumer(p: Parsed, b: DesignBuilder, at: (inner: string) => string): string | undefined {
  const { config, base } = p;
  const field = (name: string) => at(keyPath(base, name));
  const durable = str(config.durable_name);
  const name = durable ?? nameOf(p, 'name', b, at, 'consumer');
  const nats: Rec = { durable: durable !== undefined };
  const ackPolicy = config.ack_policy;
  if (ackPolicy !== undefined) {
    if (ackPolicy === 'explicit' || ackPolicy === 'all' || ackPolicy === 'none') nats.ack_policy = ackPolicy;
    else b.note(field('ack_policy'), `ack_policy ${describe(ackPolicy)} is not explicit, all or none; explicit is assumed.`);
  }
  const ackWait = duration(config.ack_wait, field('ack_wait'), b);
  if (ackWait) nats.ack_wait = ackWait;
  if (config.max_deliver !== undefined) nats.max_deliver = int(config.max_deliver) ?? config.max_deliver;
  if (config.max_ack_pending !== undefined) nats.max_ack_pending = int(config.max_ack_pending) ?? config.max_ack_pending;
  if (Array.isArray(config.backoff)) {
    nats.backoff = config.backoff.map((ns, i) => duration(ns, `${field('backoff')}[${i}]`, b)).filter((d): d is string => d !== undefined);
  }
  const filters = [
    ...(typeof config.filter_subject === 'string' && config.filter_subject !== '' ? [config.filter_subject] : []),
    ...(Array.isArray(config.filter_subjects) ? config.filter_subjects.filter((s): s is string => typeof s === 'string' && s !== '') : []),
  ];
  if (typeof config.filter_subject === 'string' && Array.isArray(config.filter_subjects) && config.filter_subjects.length > 0) {
    b.note(field('filter_subjects'), 'filter_subject and filter_subjects together are refused by the server; both are kept as filter subjects.');
  }
  nats.filter_subjects = filters;
  if (typeof config.deliver_group === 'string' && config.deliver_group !== '') nats.deliver_group = config.deliver_group;
  if (typeof config.deliver_subject === 'string') {
    if (config.deliver_subject !== '') nats.deliver_subject = config.deliver_subject;
    for (const pullOnly of ['max_waiting', 'max_batch', 'max_expires', 'max_bytes']) {
      if (config[pullOnly] !== undefined) b.note(field(pullOnly), `${pullOnly} is for pull consumers; a push consumer (with deliver_subject) cannot have it, and the server refuses it.`);
    }
  }
  if (durable !== undefined && typeof config.name === 'string' && config.name !== durable) b.note(field('name'), 'name and durable_name differ; the server refuses this. durable_name is used.');
  const held = new Set([
    ...CONSUMER_HELD,
    'deliver_subject',
    ...(typeof config.deliver_subject === 'string' ? ['max_waiting', 'max_batch', 'max_expires', 'max_bytes'].filter((k) => config[k] !== undefined) : []),
  ]);
  noteRest(config, held, CONSUMER_DEFAULTS, at, base, b, 'Consumer');
  const props: Rec = { nats, groupId: name.slice(0, 255) };
  if (str(config.description)) props.notes = str(config.description)!.slice(0, 20_000);
  return b.addNode('consumer-group', name, props, at(base || 'config'));
}
