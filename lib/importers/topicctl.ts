import { parseDataDocuments } from '../design/safe-parse-text';
import { MESSAGE_TYPE_LABEL } from '../exporters/topicctl';
import { DesignBuilder, describe, environmentOf, fileStem, guard, head, int, isRecord, keyPath, parseErrors, short, str } from './builder';
import type { ImportError, ImportResult, Importer } from './importer';
import { kafkaTopicConfig, kafkaTopicNameProblem, noteUnsetMinIsr } from './kafka-config';

/**
 * segmentio/topicctl topic and cluster configs (YAML, several documents per
 * file allowed). topicctl reads them strictly (unknown fields are errors) and
 * validates them before doing anything; the import applies the same rules
 * (pkg/config/topic.go, cluster.go, settings.go) and refuses a file topicctl
 * would refuse, listing every problem with its document and field.
 *
 * - cluster config → a Kafka cluster (`meta.name`; environment mapped from
 *   `meta.environment` when it says prod/staging/dev; bootstrap addresses in
 *   the cluster notes);
 * - topic config → a Kafka topic on the cluster `meta.cluster` (created with
 *   defaults when the file has no cluster config): partitions, replication
 *   factor, `retentionMinutes` → retention.ms, `settings` → topic config;
 *   placement (strategy, picker and the static assignments of the static
 *   strategies); `meta.consumers` → consumer groups consuming the topic;
 *   `meta.description` → notes; the labels Queuewright writes (`role`,
 *   `message-type`) → the topic's role and message type, other labels → notes;
 *   migration settings are reported (the design does not hold them);
 * - a cluster gets as many brokers as its largest replication factor needs
 *   (at least the design's 3): the files do not say, and the import says so.
 */

type Rec = Record<string, unknown>;

/** The broker count of a cluster the design makes up (its schema's default). */
const DEFAULT_BROKERS = 3;

const TOPIC_META = new Set(['name', 'cluster', 'region', 'environment', 'description', 'labels', 'consumers']);
const TOPIC_SPEC = new Set(['partitions', 'replicationFactor', 'retentionMinutes', 'settings', 'placement', 'migration']);
const PLACEMENT = new Set(['strategy', 'picker', 'staticAssignments', 'staticRackAssignments']);
const MIGRATION = new Set(['throttleMB', 'partitionBatchSize']);
const STRATEGIES = ['any', 'balanced-leaders', 'in-rack', 'cross-rack', 'static', 'static-in-rack'];
const PICKERS = ['randomized', 'cluster-use', 'lowest-index'];
const CLUSTER_META = new Set(['name', 'region', 'environment', 'description', 'shard', 'labels']);
const CLUSTER_SPEC = new Set(['bootstrapAddrs', 'zkAddrs', 'zkPrefix', 'zkLockPath', 'clusterID', 'versionMajor', 'defaultThrottleMB', 'defaultRetentionDropStepDuration', 'tls', 'sasl']);
const TLS = new Set(['enabled', 'caCertPath', 'certPath', 'keyPath', 'serverName', 'skipVerify']);
const SASL = new Set(['enabled', 'mechanism', 'username', 'password', 'secretsManagerArn']);
const SASL_MECHANISMS = ['PLAIN', 'SCRAM-SHA-256', 'SCRAM-SHA-512', 'AWS-MSK-IAM'];
/** topicctl's allow-list of topic settings (pkg/config/settings.go). */
const SETTINGS = new Set([
  'cleanup.policy',
  'compression.type',
  'delete.retention.ms',
  'file.delete.delay.ms',
  'flush.messages',
  'flush.ms',
  'follower.replication.throttled.replicas',
  'index.interval.bytes',
  'leader.replication.throttled.replicas',
  'local.retention.bytes',
  'local.retention.ms',
  'max.compaction.lag.ms',
  'max.message.bytes',
  'message.format.version',
  'message.timestamp.difference.max.ms',
  'message.timestamp.type',
  'min.cleanable.dirty.ratio',
  'min.compaction.lag.ms',
  'min.insync.replicas',
  'preallocate',
  'remote.storage.enable',
  'remote.log.msk.disable.policy',
  'retention.bytes',
  'retention.ms',
  'segment.bytes',
  'segment.index.bytes',
  'segment.jitter.ms',
  'segment.ms',
  'unclean.leader.election.enable',
]);

interface Doc {
  index: number;
  path: string;
  meta: Rec;
  spec: Rec;
}

export const topicctlImporter: Importer = {
  id: 'topicctl',
  label: 'topicctl topic / cluster YAML',
  detect(text) {
    const start = head(text);
    return /^meta:\s*(#.*)?$/m.test(start) && /^spec:\s*(#.*)?$/m.test(start) && /^\s+(partitions|replicationFactor|bootstrapAddrs|zkAddrs|placement):/m.test(start);
  },
  import: (text, fileName) => guard(() => importTopicctl(text, fileName)),
};

function importTopicctl(text: string, fileName?: string): ImportResult {
  const parsed = parseDataDocuments(text, { allowPrototypeNames: true });
  if (!parsed.ok) return parseErrors(parsed.problem);
  const errors: ImportError[] = [];
  const fail = (path: string, message: string) => {
    if (errors.length < 50) errors.push({ path, message });
  };
  const multi = parsed.documents.length > 1;
  const { topics, clusters } = readDocuments(parsed.documents, fail);
  for (const c of clusters) validateCluster(c, fail, multi);
  for (const t of topics) validateTopic(t, fail, multi);
  if (clusters.length > 1) fail('', 'topicctl reads one cluster config per file; this file has several.');
  const cluster = clusters[0];
  if (cluster) checkTopicsMatchCluster(cluster, topics, fail, multi);
  if (errors.length > 0) return { ok: false, errors };
  if (topics.length === 0 && clusters.length === 0) return { ok: false, errors: [{ message: 'The file holds no topicctl topic or cluster config (only empty documents).' }] };

  const b = new DesignBuilder();
  const clusterIds = new Map<string, string>();
  if (cluster) {
    const name = String(cluster.meta.name);
    clusterIds.set(name, b.addCluster(name, 'kafka', clusterProps(cluster), cluster.path || 'meta'));
    noteCluster(cluster, b);
  }
  const consumerIds = new Map<string, string>();
  /** The largest replication factor of each cluster's topics. */
  const replicasOn = new Map<string, number>();
  let unsetMinIsr = 0;
  const seen = new Set<string>();
  for (const t of topics) {
    const name = String(t.meta.name);
    const clusterName = String(t.meta.cluster);
    let clusterId = clusterIds.get(clusterName);
    if (!clusterId) {
      clusterId = b.addCluster(clusterName, 'kafka', clusterProps(t), join(t.path, 'meta.cluster'));
      clusterIds.set(clusterName, clusterId);
      b.note(join(t.path, 'meta.cluster'), `Cluster "${short(clusterName)}" is described in its own cluster.yaml, not in this file; it was added with the design's defaults.`);
    }
    const key = `${clusterName}\u0000${name}`;
    if (seen.has(key)) {
      b.note(t.path || 'meta.name', `Topic "${short(name)}" appears twice; the first is kept.`);
      continue;
    }
    seen.add(key);
    const { props, hasMinIsr } = topicProps(t, clusterId, b);
    if (!hasMinIsr) unsetMinIsr++;
    replicasOn.set(clusterId, Math.max(replicasOn.get(clusterId) ?? 0, int(t.spec.replicationFactor) ?? 0));
    const id = b.addNode('kafka-topic', name, props, t.path || 'meta');
    if (!id) continue;
    addConsumers(t, id, consumerIds, b);
  }
  // topicctl's files do not say how many brokers a cluster has: enough for its largest replication factor, so
  // that the design exports again (a cluster of the design's default size would be refused).
  for (const [clusterId, replicas] of replicasOn) {
    if (replicas <= DEFAULT_BROKERS) continue;
    b.patchCluster(clusterId, { nodes: replicas }, '');
    b.note('', `The files do not say how many brokers the cluster has: ${replicas} are assumed, as its largest replication factor is ${replicas}.`);
  }
  noteUnsetMinIsr(b, unsetMinIsr, '');
  const designName = cluster ? String(cluster.meta.name) : (fileStem(fileName) ?? (topics[0] ? String(topics[0].meta.cluster) : 'topicctl'));
  return b.build(designName);
}

/** Sorts the file's documents into topic and cluster configs, failing those topicctl would not read. */
function readDocuments(documents: unknown[], fail: Fail): { topics: Doc[]; clusters: Doc[] } {
  const multi = documents.length > 1;
  const topics: Doc[] = [];
  const clusters: Doc[] = [];
  documents.forEach((raw, index) => {
    const path = multi ? `documents[${index}]` : '';
    const where = multi ? `Document ${index + 1}: ` : '';
    if (raw === null || raw === undefined) return;
    if (!isRecord(raw)) return fail(path, `${where}a topicctl config is a map with "meta" and "spec".`);
    for (const key of Object.keys(raw)) if (key !== 'meta' && key !== 'spec') fail(join(path, key), `${where}unknown field "${short(key)}" (topicctl reads configs strictly).`);
    const meta = isRecord(raw.meta) ? raw.meta : undefined;
    const spec = isRecord(raw.spec) ? raw.spec : undefined;
    if (!meta) fail(join(path, 'meta'), `${where}"meta" is missing or not a map.`);
    if (!spec) fail(join(path, 'spec'), `${where}"spec" is missing or not a map.`);
    if (!meta || !spec) return;
    const isCluster = meta.cluster === undefined && ('bootstrapAddrs' in spec || 'zkAddrs' in spec) && !('partitions' in spec);
    (isCluster ? clusters : topics).push({ index, path, meta, spec });
  });

  return { topics, clusters };
}

/** A topic config naming the cluster must agree with the cluster config in the same file. */
function checkTopicsMatchCluster(cluster: Doc, topics: Doc[], fail: Fail, multi: boolean): void {
  for (const t of topics) {
    const where = multi ? `Document ${t.index + 1}: ` : '';
    for (const field of ['cluster', 'environment', 'region'] as const) {
      const expected = field === 'cluster' ? cluster.meta.name : cluster.meta[field];
      if (t.meta[field] !== undefined && t.meta[field] !== expected) {
        fail(join(t.path, `meta.${field}`), `${where}topic ${field} ${describe(t.meta[field])} does not match the cluster config's ${describe(expected)}.`);
      }
    }
  }
}

/** A topic node's fields from its topicctl config: size, settings, labels, placement. */
function topicProps(t: Doc, clusterId: string, b: DesignBuilder): { props: Rec; hasMinIsr: boolean } {
  const settings = isRecord(t.spec.settings) ? t.spec.settings : {};
  const { config, hasMinIsr } = kafkaTopicConfig(settings, join(t.path, 'spec.settings'), b);
  const retentionMinutes = int(t.spec.retentionMinutes);
  if (retentionMinutes !== undefined && retentionMinutes > 0) config['retention.ms'] = retentionMinutes * 60_000;
  const props: Rec = { cluster: clusterId, partitions: int(t.spec.partitions), replicationFactor: int(t.spec.replicationFactor) };
  if (Object.keys(config).length > 0) props.config = config;
  const description = str(t.meta.description)?.trim();
  // The labels Queuewright writes (role, message type) are read back as what they say; others go in the notes.
  const labels: string[] = [];
  for (const [k, v] of isRecord(t.meta.labels) ? Object.entries(t.meta.labels) : []) {
    if (k === 'role' && (v === 'retry' || v === 'dead-letter')) props.role = v;
    else if (k === MESSAGE_TYPE_LABEL && typeof v === 'string' && v !== '' && v.length <= 200) props.messageSchema = { name: v };
    else labels.push(`${k}=${String(v)}`);
  }
  const notes = [description, labels.length > 0 ? `Labels: ${labels.join(', ')}` : ''].filter(Boolean).join('\n');
  if (notes) props.notes = notes.slice(0, 20_000);
  const placement = isRecord(t.spec.placement) ? t.spec.placement : {};
  props.placement = placement.strategy;
  if (placement.picker !== undefined) props.placementPicker = placement.picker;
  // topicctl reads the static lists only for their own strategy; others keep none, as it does.
  if (placement.strategy === 'static') props.staticAssignments = placement.staticAssignments;
  else if (placement.staticAssignments !== undefined)
    b.note(
      join(t.path, 'spec.placement.staticAssignments'),
      `Static assignments are used only by the static strategy; topicctl ignores them with ${describe(placement.strategy)}, and so does the design.`,
    );
  if (placement.strategy === 'static-in-rack') props.staticRackAssignments = placement.staticRackAssignments;
  else if (placement.staticRackAssignments !== undefined)
    b.note(
      join(t.path, 'spec.placement.staticRackAssignments'),
      `Static rack assignments are used only by the static-in-rack strategy; topicctl ignores them with ${describe(placement.strategy)}, and so does the design.`,
    );
  if (t.spec.migration !== undefined) b.note(join(t.path, 'spec.migration'), 'Migration settings are not represented in the design.');
  return { props, hasMinIsr };
}

/** A consumer group per name in `meta.consumers`, shared by every topic that names it. */
function addConsumers(t: Doc, topicId: string, consumerIds: Map<string, string>, b: DesignBuilder): void {
  const consumers = Array.isArray(t.meta.consumers) ? t.meta.consumers : [];
  consumers.forEach((consumer, i) => {
    if (typeof consumer !== 'string' || consumer.trim() === '') return;
    let group = consumerIds.get(consumer);
    if (!group) {
      group = b.addNode('consumer-group', consumer, { groupId: consumer.slice(0, 255) }, join(t.path, `meta.consumers[${i}]`));
      if (!group) return;
      consumerIds.set(consumer, group);
    }
    b.connect('consume', topicId, group, {}, join(t.path, `meta.consumers[${i}]`));
  });
}

function join(base: string, field: string): string {
  return base ? `${base}.${field}` : field;
}

function clusterProps(d: Doc): Rec {
  const props: Rec = {};
  const environment = environmentOf(str(d.meta.environment));
  if (environment) props.environment = environment;
  const lines: string[] = [];
  if (str(d.meta.environment)) lines.push(`topicctl environment: ${str(d.meta.environment)}`);
  if (str(d.meta.region)) lines.push(`Region: ${str(d.meta.region)}`);
  if (str(d.meta.description)?.trim() && d.meta.cluster === undefined) lines.push(str(d.meta.description)!.trim());
  const addrs = Array.isArray(d.spec.bootstrapAddrs) ? d.spec.bootstrapAddrs.filter((a): a is string => typeof a === 'string') : [];
  if (addrs.length > 0) lines.push(`Bootstrap servers: ${addrs.join(', ')}`);
  if (lines.length > 0) props.notes = lines.join('\n').slice(0, 20_000);
  const versionMajor = str(d.spec.versionMajor);
  if (versionMajor) props.version = versionMajor.replace(/^v/, '').slice(0, 50);
  return props;
}

function noteCluster(c: Doc, b: DesignBuilder): void {
  for (const field of ['zkAddrs', 'zkPrefix', 'zkLockPath', 'clusterID', 'defaultThrottleMB', 'defaultRetentionDropStepDuration', 'tls', 'sasl']) {
    if (c.spec[field] !== undefined) b.note(join(c.path, `spec.${field}`), `${field} (how topicctl reaches the cluster) is not represented in the design.`);
  }
}

type Fail = (path: string, message: string) => void;

function strict(obj: Rec, allowed: Set<string>, path: string, fail: Fail, where: string): void {
  for (const key of Object.keys(obj)) if (!allowed.has(key)) fail(join(path, key), `${where}unknown field "${short(key)}" (topicctl reads configs strictly).`);
}

function requireText(obj: Rec, field: string, path: string, fail: Fail, where: string, label: string): void {
  const value = obj[field];
  if (value === undefined || value === null || value === '') fail(join(path, field), `${where}${label} must be set.`);
  else if (typeof value !== 'string') fail(join(path, field), `${where}${label} must be text, not ${describe(value)}.`);
}

function validateTopic(t: Doc, fail: Fail, multi: boolean): void {
  const where = multi ? `Document ${t.index + 1}: ` : '';
  const m = join(t.path, 'meta');
  const s = join(t.path, 'spec');
  strict(t.meta, TOPIC_META, m, fail, where);
  strict(t.spec, TOPIC_SPEC, s, fail, where);
  requireText(t.meta, 'name', m, fail, where, 'meta.name (the topic name)');
  requireText(t.meta, 'cluster', m, fail, where, 'meta.cluster');
  requireText(t.meta, 'region', m, fail, where, 'meta.region');
  requireText(t.meta, 'environment', m, fail, where, 'meta.environment');
  if (typeof t.meta.name === 'string' && t.meta.name !== '') {
    const problem = kafkaTopicNameProblem(t.meta.name);
    if (problem) fail(join(m, 'name'), `${where}topic name "${short(t.meta.name)}" ${problem}.`);
  }
  if (t.meta.labels !== undefined && (!isRecord(t.meta.labels) || Object.values(t.meta.labels).some((v) => typeof v !== 'string'))) {
    fail(join(m, 'labels'), `${where}meta.labels must map names to text.`);
  }
  if (t.meta.consumers !== undefined && (!Array.isArray(t.meta.consumers) || t.meta.consumers.some((c) => typeof c !== 'string'))) {
    fail(join(m, 'consumers'), `${where}meta.consumers must be a list of names.`);
  }
  const partitions = int(t.spec.partitions);
  if (partitions === undefined || typeof t.spec.partitions !== 'number' || partitions <= 0)
    fail(join(s, 'partitions'), `${where}spec.partitions must be a positive number${t.spec.partitions === undefined ? ' (it is missing)' : `, not ${describe(t.spec.partitions)}`}.`);
  const rf = int(t.spec.replicationFactor);
  if (rf === undefined || typeof t.spec.replicationFactor !== 'number' || rf <= 0)
    fail(join(s, 'replicationFactor'), `${where}spec.replicationFactor must be > 0${t.spec.replicationFactor === undefined ? ' (it is missing)' : `, not ${describe(t.spec.replicationFactor)}`}.`);
  const retention = t.spec.retentionMinutes;
  if (retention !== undefined && (typeof retention !== 'number' || !Number.isInteger(retention) || retention < 0))
    fail(join(s, 'retentionMinutes'), `${where}spec.retentionMinutes must be a whole number >= 0.`);
  const settings = t.spec.settings;
  if (settings !== undefined && !isRecord(settings)) fail(join(s, 'settings'), `${where}spec.settings must be a map.`);
  if (isRecord(settings)) {
    for (const [key, value] of Object.entries(settings)) {
      const p = keyPath(join(s, 'settings'), key);
      if (!SETTINGS.has(key)) fail(p, `${where}key ${key.slice(0, 100)} is not a recognised topic config setting (topicctl allows ${SETTINGS.size} keys).`);
      const scalar = (v: unknown) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
      if (!scalar(value) && !(Array.isArray(value) && value.every(scalar))) fail(p, `${where}setting values must be text, numbers, booleans or lists of them.`);
    }
    if (typeof retention === 'number' && retention > 0 && settings['retention.ms'] !== undefined)
      fail(join(s, 'settings.retention.ms'), `${where}cannot set both retentionMinutes and retention.ms in settings.`);
    if ((settings['local.retention.bytes'] !== undefined || settings['local.retention.ms'] !== undefined) && settings['remote.storage.enable'] === undefined) {
      fail(join(s, 'settings'), `${where}local retention settings need remote.storage.enable in settings.`);
    }
  }
  const placement = t.spec.placement;
  if (!isRecord(placement)) {
    fail(join(s, 'placement'), `${where}spec.placement.strategy must be one of ${STRATEGIES.join(', ')} (placement is missing).`);
    return;
  }
  const p = join(s, 'placement');
  strict(placement, PLACEMENT, p, fail, where);
  if (typeof placement.strategy !== 'string' || !STRATEGIES.includes(placement.strategy)) {
    fail(join(p, 'strategy'), `${where}placement strategy ${describe(placement.strategy)} is not one of ${STRATEGIES.join(', ')}.`);
  }
  if (placement.picker !== undefined && (typeof placement.picker !== 'string' || !PICKERS.includes(placement.picker))) {
    fail(join(p, 'picker'), `${where}placement picker ${describe(placement.picker)} is not one of ${PICKERS.join(', ')}.`);
  }
  if (placement.strategy === 'static') {
    const rows = placement.staticAssignments;
    if (!Array.isArray(rows) || rows.length !== partitions) fail(join(p, 'staticAssignments'), `${where}static assignments must have one row per partition (${partitions ?? '?'}).`);
    else if (rows.some((row) => !Array.isArray(row) || row.length !== rf || row.some((x) => !Number.isInteger(x)))) {
      fail(join(p, 'staticAssignments'), `${where}each static assignment row must list ${rf ?? '?'} broker ids (the replication factor).`);
    }
  }
  if (placement.strategy === 'static-in-rack') {
    const racks = placement.staticRackAssignments;
    if (!Array.isArray(racks) || racks.length !== partitions || racks.some((x) => typeof x !== 'string')) {
      fail(join(p, 'staticRackAssignments'), `${where}static rack assignments must name one rack per partition (${partitions ?? '?'}).`);
    }
  }
  const migration = t.spec.migration;
  if (migration !== undefined) {
    if (!isRecord(migration)) fail(join(s, 'migration'), `${where}spec.migration must be a map.`);
    else strict(migration, MIGRATION, join(s, 'migration'), fail, where);
  }
}

function validateCluster(c: Doc, fail: Fail, multi: boolean): void {
  const where = multi ? `Document ${c.index + 1}: ` : '';
  const m = join(c.path, 'meta');
  const s = join(c.path, 'spec');
  strict(c.meta, CLUSTER_META, m, fail, where);
  strict(c.spec, CLUSTER_SPEC, s, fail, where);
  requireText(c.meta, 'name', m, fail, where, 'meta.name (the cluster name)');
  requireText(c.meta, 'region', m, fail, where, 'meta.region');
  requireText(c.meta, 'environment', m, fail, where, 'meta.environment');
  const addrs = c.spec.bootstrapAddrs;
  if (!Array.isArray(addrs) || addrs.length === 0 || addrs.some((a) => typeof a !== 'string')) fail(join(s, 'bootstrapAddrs'), `${where}at least one bootstrap broker address must be set.`);
  for (const [field, allowed] of [
    ['tls', TLS],
    ['sasl', SASL],
  ] as const) {
    const value = c.spec[field];
    if (value === undefined) continue;
    if (!isRecord(value)) fail(join(s, field), `${where}spec.${field} must be a map.`);
    else strict(value, allowed, join(s, field), fail, where);
  }
  const zk = Array.isArray(c.spec.zkAddrs) && c.spec.zkAddrs.length > 0;
  const tls = isRecord(c.spec.tls) && c.spec.tls.enabled === true;
  const sasl = isRecord(c.spec.sasl) ? c.spec.sasl : undefined;
  if (tls && zk) fail(join(s, 'tls'), `${where}TLS is not supported with zk access mode; omit zk addresses.`);
  if (sasl?.enabled === true && zk) fail(join(s, 'sasl'), `${where}SASL is not supported with zk access mode; omit zk addresses.`);
  if (sasl?.enabled === true && (typeof sasl.mechanism !== 'string' || !SASL_MECHANISMS.includes(sasl.mechanism.toUpperCase()))) {
    fail(join(s, 'sasl.mechanism'), `${where}SASL mechanism ${describe(sasl.mechanism)} is not one of ${SASL_MECHANISMS.join(', ')}.`);
  }
}
