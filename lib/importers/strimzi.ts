import { kafkaPrincipalSchema } from '../design';
import { parseDataDocuments } from '../design/safe-parse-text';
import { DesignBuilder, RESERVED_KEYS, describe, fileStem, guard, head, int, isRecord, keyPath, parseErrors, short, str } from './builder';
import { noteText, type ImportResult, type Importer } from './importer';
import { readAclRule } from './strimzi-acl';
import { kafkaTopicConfig, kafkaTopicNameProblem, noteUnsetMinIsr } from './kafka-config';

/**
 * Strimzi custom resources: multi-document YAML (or JSON, or a Kubernetes
 * `List`) of `KafkaTopic`, `KafkaUser` and `Kafka`, `kafka.strimzi.io/v1`,
 * `v1beta2` and the older `v1beta1`/`v1alpha1`.
 *
 * - `KafkaTopic` → a Kafka topic: `spec.topicName` (else `metadata.name`),
 *   `spec.partitions`, `spec.replicas`, `spec.config`; on the cluster named by
 *   the `strimzi.io/cluster` label.
 * - `Kafka` → the cluster itself (broker count, version, broker config).
 * - `KafkaUser` → a principal of its cluster, kept as declared
 *   (authentication, every ACL rule with its pattern type, operations, host
 *   and allow/deny, quotas), so an export writes it back unchanged; and a
 *   service inferred from its rules (documented choice): Read on topics makes
 *   it a consumer group (consuming from the declared topics its rules match;
 *   the group id from a literal group rule), Write makes it publish to them; a
 *   user that reads and writes is a consumer group that also publishes (a
 *   stream processor). A topic a rule names that the file does not declare is
 *   not added: the rule stays on the principal.
 * - Any other document (Deployments, Services, …) is skipped with a note
 *   naming its index and kind.
 */

type Rec = Record<string, unknown>;

const STRIMZI_GROUP = 'kafka.strimzi.io/';
const VERSIONS = new Set(['v1', 'v1beta2', 'v1beta1', 'v1alpha1']);
const TOPIC_SPEC_FIELDS = new Set(['topicName', 'partitions', 'replicas', 'config']);

interface Resource {
  path: string;
  index: number;
  apiVersion: string;
  kind: string;
  doc: Rec;
}

interface TopicEntry {
  id: string;
  name: string;
  cluster: string;
}

export const strimziImporter: Importer = {
  id: 'strimzi',
  label: 'Strimzi KafkaTopic / KafkaUser manifests',
  detect(text) {
    const start = head(text, 262_144);
    return /["']?apiVersion["']?\s*:\s*["']?kafka\.strimzi\.io\//.test(start) && /["']?kind["']?\s*:\s*["']?Kafka(Topic|User)?\b/.test(start);
  },
  import: (text, fileName) => guard(() => importStrimzi(text, fileName)),
};

function importStrimzi(text: string, fileName?: string): ImportResult {
  const parsed = parseDataDocuments(text, { allowPrototypeNames: true });
  if (!parsed.ok) return parseErrors(parsed.problem);
  const b = new DesignBuilder();
  const resources = readResources(parsed.documents, b);
  if (resources.length === 0) {
    return { ok: false, errors: [{ message: 'The file holds no Strimzi KafkaTopic, KafkaUser or Kafka resource (kafka.strimzi.io).' }] };
  }

  // Clusters: one per `strimzi.io/cluster` label (and per Kafka resource).
  const clusterIds = new Map<string, string>();
  const clusterFor = (r: Resource) => clusterOf(r, b, clusterIds);
  for (const r of resources.filter((x) => x.kind === 'Kafka')) readKafka(r, b, clusterIds);

  const { topics, topicIndex } = readTopics(
    resources.filter((x) => x.kind === 'KafkaTopic'),
    b,
    clusterFor,
  );

  // Users are principals of their cluster; each cluster keeps its own, as declared.
  const principals = new Map<string, Rec[]>();
  for (const r of resources.filter((x) => x.kind === 'KafkaUser')) {
    const cluster = clusterFor(r);
    const principal = readUser(r, b, cluster, topics, topicIndex);
    if (!principal) continue;
    const parsed = kafkaPrincipalSchema.safeParse(principal);
    if (parsed.success) principals.set(cluster, [...(principals.get(cluster) ?? []), parsed.data]);
    else
      b.note(
        r.path || 'document',
        `KafkaUser "${short(String(principal.name))}" cannot be kept: ${parsed.error.issues
          .map((i) => `${i.path.join('.')}: ${i.message}`)
          .join('; ')
          .slice(0, 300)}.`,
      );
  }
  for (const [cluster, list] of principals) b.patchCluster(cluster, { principals: list }, 'KafkaUser');

  if (b.nodeCount === 0 && clusterIds.size === 0) {
    return { ok: false, errors: [{ message: 'Nothing in this file could be represented: ' + b.notes.slice(0, 5).map(noteText).join(' ') }] };
  }
  return b.build(fileStem(fileName) ?? 'Strimzi resources');
}

/** The Strimzi resources of the file's documents (List items included); anything else is noted and skipped. */
function readResources(documents: unknown[], b: DesignBuilder): Resource[] {
  const resources: Resource[] = [];
  const versionsNoted = new Set<string>();

  const visit = (doc: unknown, path: string, index: number) => {
    if (doc === null || doc === undefined) return;
    if (!isRecord(doc)) return b.note(path, `Document ${index + 1} is not a Kubernetes object; skipped.`);
    const apiVersion = str(doc.apiVersion) ?? '';
    const kind = str(doc.kind) ?? '';
    if (kind === 'List' && Array.isArray(doc.items)) {
      doc.items.slice(0, 10_000).forEach((item, j) => visit(item, `${path}.items[${j}]`, index));
      return;
    }
    if (!apiVersion.startsWith(STRIMZI_GROUP) || !['KafkaTopic', 'KafkaUser', 'Kafka'].includes(kind)) {
      return b.note(path, `Document ${index + 1} (${short(apiVersion || 'no apiVersion')} ${short(kind || 'no kind')}) is not a Strimzi KafkaTopic, KafkaUser or Kafka; skipped.`);
    }
    const version = apiVersion.slice(STRIMZI_GROUP.length);
    if (!VERSIONS.has(version))
      return b.note(path ? `${path}.apiVersion` : 'apiVersion', `Document ${index + 1}: ${short(apiVersion)} is not a Strimzi API version (v1, v1beta2, v1beta1, v1alpha1); skipped.`);
    if ((version === 'v1beta1' || version === 'v1alpha1') && !versionsNoted.has(version)) {
      versionsNoted.add(version);
      b.note(path ? `${path}.apiVersion` : 'apiVersion', `${apiVersion} is served only by Strimzi 0.x (removed in 1.0); Strimzi 1.x needs kafka.strimzi.io/v1.`);
    }
    resources.push({ path, index, apiVersion, kind, doc });
  };
  documents.forEach((doc, i) => visit(doc, documents.length === 1 ? '' : `documents[${i}]`, i));
  return resources;
}

/** The cluster of a resource's `strimzi.io/cluster` label, added on first use. */
function clusterOf(r: Resource, b: DesignBuilder, clusterIds: Map<string, string>): string {
  const meta = isRecord(r.doc.metadata) ? r.doc.metadata : {};
  const labels = isRecord(meta.labels) ? meta.labels : {};
  let label = str(labels['strimzi.io/cluster']);
  if (!label) {
    label = '';
    b.note(at(r, 'metadata.labels'), `${r.kind} "${short(nameOf(r) ?? '?')}" has no strimzi.io/cluster label: the operator ignores it. It is put on a cluster named "kafka".`);
  }
  const existing = clusterIds.get(label);
  if (existing) return existing;
  const namespace = str(meta.namespace);
  const id = b.addCluster(label || 'kafka', 'kafka', namespace ? { notes: `Kubernetes namespace: ${namespace}` } : {}, at(r, 'metadata'));
  clusterIds.set(label, id);
  return id;
}

/** The topics of the KafkaTopic resources, with an index by cluster and name. */
function readTopics(resources: Resource[], b: DesignBuilder, clusterFor: (r: Resource) => string): { topics: TopicEntry[]; topicIndex: Map<string, string> } {
  const topics: TopicEntry[] = [];
  const topicIndex = new Map<string, string>();
  const counts: TopicCounts = { unsetSize: 0, unsetMinIsr: 0 };
  for (const r of resources) readTopic(r, b, clusterFor, counts, topics, topicIndex);
  if (counts.unsetSize > 0) {
    b.note(
      '',
      `${counts.unsetSize} ${counts.unsetSize === 1 ? 'topic does' : 'topics do'} not set spec.partitions or spec.replicas; the broker's defaults (num.partitions, default.replication.factor) apply.`,
    );
  }
  noteUnsetMinIsr(b, counts.unsetMinIsr, '');
  return { topics, topicIndex };
}

interface TopicCounts {
  unsetSize: number;
  unsetMinIsr: number;
}

/** A KafkaTopic → a topic node on its cluster. */
function readTopic(r: Resource, b: DesignBuilder, clusterFor: (r: Resource) => string, counts: TopicCounts, topics: TopicEntry[], topicIndex: Map<string, string>): void {
  const meta = isRecord(r.doc.metadata) ? r.doc.metadata : {};
  const spec = isRecord(r.doc.spec) ? r.doc.spec : undefined;
  if (!spec && r.apiVersion.endsWith('/v1')) b.note(at(r, 'spec'), 'kafka.strimzi.io/v1 requires spec; the topic gets the broker defaults.');
  const s = spec ?? {};
  const name = str(s.topicName) ?? str(meta.name);
  if (!name) {
    b.note(at(r, 'metadata.name'), `Document ${r.index + 1}: a KafkaTopic without metadata.name is skipped.`);
    return;
  }
  const problem = kafkaTopicNameProblem(name);
  if (problem) b.note(at(r, s.topicName !== undefined ? 'spec.topicName' : 'metadata.name'), `Topic name "${short(name)}" ${problem}; Kafka will refuse it.`);
  if (s.topicName === undefined && str(meta.name) && !/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(str(meta.name)!)) {
    b.note(at(r, 'metadata.name'), 'metadata.name is not a valid Kubernetes name; use spec.topicName for the Kafka name.');
  }
  const cluster = clusterFor(r);
  if (topicIndex.has(`${cluster}\u0000${name}`)) {
    b.note(r.path || 'document', `Topic "${short(name)}" is declared twice for the same cluster; the first is kept.`);
    return;
  }
  const props: Rec = { cluster };
  // The annotations Queuewright writes give back the topic's role and notes.
  const annotations = isRecord(meta.annotations) ? meta.annotations : {};
  const role = annotations['queuewright.dev/role'];
  if (role === 'retry' || role === 'dead-letter') props.role = role;
  const notes = str(annotations['queuewright.dev/notes']);
  if (notes) props.notes = notes.slice(0, 20_000);
  if (s.partitions !== undefined) props.partitions = int(s.partitions) ?? s.partitions;
  if (s.replicas !== undefined) props.replicationFactor = int(s.replicas) ?? s.replicas;
  if (s.partitions === undefined || s.replicas === undefined) counts.unsetSize++;
  const { config, hasMinIsr } = kafkaTopicConfig(s.config, at(r, 'spec.config'), b);
  if (!hasMinIsr) counts.unsetMinIsr++;
  if (Object.keys(config).length > 0) props.config = config;
  for (const field of Object.keys(s)) {
    if (!TOPIC_SPEC_FIELDS.has(field)) b.note(at(r, keyPath('spec', field)), `"${short(field)}" is not a KafkaTopic spec field; Kubernetes drops it.`);
  }
  const id = b.addNode('kafka-topic', name, props, r.path || 'document');
  if (!id) return;
  topics.push({ id, name, cluster });
  topicIndex.set(`${cluster}\u0000${name}`, id);
}

function at(r: Resource, field: string): string {
  return r.path ? `${r.path}.${field}` : field;
}

function nameOf(r: Resource): string | undefined {
  return isRecord(r.doc.metadata) ? str(r.doc.metadata.name) : undefined;
}

function readKafka(r: Resource, b: DesignBuilder, clusterIds: Map<string, string>): void {
  const name = nameOf(r);
  if (!name) return b.note(at(r, 'metadata.name'), 'A Kafka resource without metadata.name is skipped.');
  if (clusterIds.has(name)) return b.note(r.path || 'document', `Kafka "${short(name)}" is declared twice; the first is kept.`);
  const spec = isRecord(r.doc.spec) ? r.doc.spec : {};
  const kafka = isRecord(spec.kafka) ? spec.kafka : {};
  const props: Rec = {};
  const replicas = int(kafka.replicas);
  if (replicas !== undefined) props.nodes = replicas;
  else b.note(at(r, 'spec.kafka.replicas'), 'The broker count is not in this resource (KafkaNodePools set it); the design assumes 3.');
  if (str(kafka.version)) props.version = str(kafka.version)!.slice(0, 50);
  if (isRecord(kafka.config)) {
    const config: Rec = {};
    for (const [k, v] of Object.entries(kafka.config)) {
      if (RESERVED_KEYS.has(k)) b.note(at(r, keyPath('spec.kafka.config', k)), `A config key named "${k}" cannot be kept in a design.`);
      else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') config[k] = v;
      else b.note(at(r, keyPath('spec.kafka.config', k)), `Broker config ${describe(v)} is not a single value; not kept.`);
    }
    props.config = config;
  }
  const namespace = isRecord(r.doc.metadata) ? str(r.doc.metadata.namespace) : undefined;
  if (namespace) props.notes = `Kubernetes namespace: ${namespace}`;
  const id = b.addCluster(name, 'kafka', props, r.path || 'document');
  clusterIds.set(name, id);
  for (const part of ['zookeeper', 'entityOperator', 'cruiseControl', 'kafkaExporter']) {
    if (spec[part] !== undefined) b.note(at(r, `spec.${part}`), `${part} is not represented in the design.`);
  }
}

/** Strimzi's KafkaUser authentication types the design holds. */
const AUTHENTICATIONS = new Set(['tls', 'tls-external', 'scram-sha-512']);
const QUOTAS = new Set(['producerByteRate', 'consumerByteRate', 'requestPercentage', 'controllerMutationRate']);

/** A KafkaUser's authentication type and quotas, onto its principal. */
function readAuthenticationAndQuotas(r: Resource, name: string, spec: Rec, principal: Rec, b: DesignBuilder): void {
  const auth = isRecord(spec.authentication) ? spec.authentication : undefined;
  if (auth) {
    const type = str(auth.type);
    if (type && AUTHENTICATIONS.has(type)) principal.authentication = type;
    else b.note(at(r, 'spec.authentication.type'), `KafkaUser "${short(name)}": authentication ${describe(auth.type)} is not tls, tls-external or scram-sha-512; not kept.`);
    for (const field of Object.keys(auth))
      if (field !== 'type') b.note(at(r, keyPath('spec.authentication', field)), `KafkaUser "${short(name)}": authentication ${short(field)} is not represented in the design.`);
  }
  if (isRecord(spec.quotas)) {
    const quotas: Rec = {};
    for (const [key, value] of Object.entries(spec.quotas)) {
      if (QUOTAS.has(key) && typeof value === 'number' && value >= 0) quotas[key] = value;
      else b.note(at(r, keyPath('spec.quotas', key)), `Quota ${short(key)} = ${describe(value)} is not one the design holds; not kept.`);
    }
    if (Object.keys(quotas).length > 0) principal.quotas = quotas;
  }
}

/** The declared topics of a cluster that a topic ACL rule covers. */
function topicsMatching(patternType: string, resourceName: string, cluster: string, topics: TopicEntry[], topicIndex: Map<string, string>): string[] {
  if (patternType === 'prefix') return topics.filter((t) => t.cluster === cluster && t.name.startsWith(resourceName)).map((t) => t.id);
  if (resourceName === '*') return topics.filter((t) => t.cluster === cluster).map((t) => t.id);
  return [topicIndex.get(`${cluster}\u0000${resourceName}`)].filter((id): id is string => id !== undefined);
}

/**
 * A KafkaUser → the cluster's principal, as declared (authentication, every
 * ACL rule, quotas), and, when its rules let it read or write topics, the
 * service it is: a consumer group consuming from the declared topics its
 * rules match (group id from a literal group rule), or a producer publishing
 * to them. A topic the rules name but the file does not declare is not added
 * (an export would then create it): the rule stays on the principal.
 */
function readUser(r: Resource, b: DesignBuilder, cluster: string, topics: TopicEntry[], topicIndex: Map<string, string>): Rec | undefined {
  const name = nameOf(r);
  if (!name) {
    b.note(at(r, 'metadata.name'), `Document ${r.index + 1}: a KafkaUser without metadata.name is skipped.`);
    return undefined;
  }
  const spec = isRecord(r.doc.spec) ? r.doc.spec : {};
  const principal: Rec = { name: name.slice(0, 253) };
  readAuthenticationAndQuotas(r, name, spec, principal, b);
  const authz = isRecord(spec.authorization) ? spec.authorization : undefined;
  if (authz && authz.type !== 'simple')
    b.note(at(r, 'spec.authorization.type'), `KafkaUser "${short(name)}": authorization type ${describe(authz.type)} carries no ACLs the import can read; not kept.`);
  const rules = authz?.type === 'simple' ? (Array.isArray(authz.acls) ? authz.acls : []) : undefined;

  const acls: Rec[] = [];
  const reads = new Set<string>();
  const writes = new Set<string>();
  let readsTopics = false;
  let writesTopics = false;
  let groupId: string | undefined;
  let transactionalId: string | undefined;
  (rules ?? []).slice(0, 10_000).forEach((acl, i) => {
    const path = at(r, `spec.authorization.acls[${i}]`);
    const rule = readAclRule(acl, path, r.apiVersion.endsWith('/v1'), b);
    if (!rule) return;
    acls.push(rule.declared);
    const { type, patternType, resourceName, ops, deny } = rule;
    if (deny) return;
    // What the rules let the user do: the service it is.
    const read = ops.some((o) => o === 'Read' || o === 'All');
    const write = ops.some((o) => o === 'Write' || o === 'All');
    if (type === 'topic' && (read || write) && resourceName !== undefined) {
      if (read) readsTopics = true;
      if (write) writesTopics = true;
      const matched = topicsMatching(patternType, resourceName, cluster, topics, topicIndex);
      if (matched.length === 0) {
        b.note(
          `${path}.resource`,
          `The rule on topics ${patternType === 'prefix' ? `starting with "${short(resourceName)}"` : `"${short(resourceName)}"`} matches no topic this file declares; it is kept on the user, and no topic is added (an export would create it).`,
        );
      }
      for (const id of matched) {
        if (read) reads.add(id);
        if (write) writes.add(id);
      }
    } else if (type === 'group' && read && patternType === 'literal' && resourceName !== '*') groupId ??= resourceName;
    else if (type === 'transactionalId' && write && patternType === 'literal' && resourceName !== '*') transactionalId ??= resourceName;
  });
  if (rules !== undefined) principal.acls = acls;

  if (!readsTopics && !writesTopics) {
    b.note(at(r, 'spec'), `KafkaUser "${short(name)}" may neither read nor write topics; it is kept as a user of the cluster, not as a service.`);
    return principal;
  }
  addUserService(r, name, principal, { reads: readsTopics ? reads : undefined, writes, groupId, transactionalId }, b);
  return principal;
}

/** What a KafkaUser's allow rules let it do, read from them. */
interface UserUse {
  /** Topics it reads, when it reads any (a consumer group); otherwise it only writes (a producer). */
  reads?: Set<string>;
  writes: Set<string>;
  groupId?: string;
  transactionalId?: string;
}

/** The service a KafkaUser is, connected to the topics its rules let it read or write. */
function addUserService(r: Resource, name: string, principal: Rec, use: UserUse, b: DesignBuilder): void {
  const kind = use.reads ? 'consumer-group' : 'producer';
  const props: Rec = {};
  if (kind === 'consumer-group' && use.groupId) props.groupId = use.groupId;
  if (kind === 'producer' && use.transactionalId) props.kafka = { acks: 'all', 'enable.idempotence': true, 'max.in.flight.requests.per.connection': 5, 'transactional.id': use.transactionalId };
  if (kind === 'consumer-group' && !use.groupId) b.note(at(r, 'spec.authorization'), `KafkaUser "${short(name)}" reads topics but has no literal group rule; the group id is left to the node id.`);
  const id = b.addNode(kind, name, props, r.path || 'document');
  if (!id) return;
  principal.service = id;
  for (const topic of use.reads ?? []) b.connect('consume', topic, id, {}, at(r, 'spec.authorization.acls'));
  for (const topic of use.writes) b.connect('publish', id, topic, {}, at(r, 'spec.authorization.acls'));
}
