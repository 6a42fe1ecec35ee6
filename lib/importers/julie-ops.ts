import { parseDataText } from '../design/safe-parse-text';
import { DesignBuilder, describe, guard, head, int, isRecord, keyPath, parseErrors, short, str } from './builder';
import type { ImportError, ImportFile, ImportResult, Importer } from './importer';
import { parseJavaProperties } from './java-properties';
import { kafkaTopicConfig, kafkaTopicNameProblem, noteUnsetMinIsr } from './kafka-config';

/**
 * JulieOps (kafka-ops/julie) topology descriptors, YAML or JSON: one file, or
 * a set with the plans file and the `julie.properties` that go with it.
 *
 * - Topic names are built as JulieOps builds them: by default the context,
 *   every other top-level field in order (company, env, source, …), the
 *   project and the topic name, then the data type, joined by `.`; with
 *   `topology.topic.prefix.format` in a julie.properties of the set, that
 *   template (`{{context}}`, `{{project}}`, `{{topic}}`, `{{dataType}}`, the
 *   other fields) and `topology.topic.prefix.separator`.
 * - A topic → a Kafka topic: `num.partitions`, `replication.factor` and the
 *   other configs, a plan's configs under its own (as JulieOps applies
 *   them), the data type as the message format, metadata as notes. A plan
 *   the set does not define is refused, as JulieOps refuses it.
 * - Principals → services (`User:` taken off the name; one service per
 *   principal, whatever its roles and descriptors): project consumers and
 *   producers use every topic of the project, topic consumers and producers
 *   their topic, streams read and write the topics they list (a Kafka Streams
 *   application id is its group id). A topic a stream names that no project
 *   declares is not added. Each principal is kept on its clusters by name
 *   (with the rule "any group" for a consumer without one), so an export
 *   writes the same principals.
 * - Connectors, schemas, KSQL, RBAC bindings and the platform section are
 *   reported. One Kafka cluster per descriptor, named after its context.
 */

type Rec = Record<string, unknown>;

const TOP_LEVEL_CORE = new Set(['context', 'projects', 'platform', 'special_topics']);
const PROJECT_ROLES = new Set(['name', 'topics', 'consumers', 'producers', 'streams', 'connectors', 'schemas', 'ksql', 'rbac']);
const DATA_TYPES: Record<string, string> = { avro: 'avro', json: 'json-schema', protobuf: 'protobuf', proto: 'protobuf' };
/** A julie.properties larger than this is not a JulieOps configuration (and is not parsed). */
const MAX_PROPERTIES = 65_536;

export const julieOpsImporter: Importer = {
  id: 'julie-ops',
  label: 'JulieOps topology descriptor',
  detect(text) {
    const start = head(text);
    const descriptor = /(^|\n|\{)\s*["']?context["']?\s*:/.test(start) && /["']?projects["']?\s*:/.test(start);
    const plans = /(^|\n|\{)\s*["']?plans["']?\s*:/.test(start) && /["']?config["']?\s*:/.test(start) && !/["']?(asyncapi|queuewright|apiVersion)["']?\s*:/.test(start);
    return descriptor || plans;
  },
  import: (text, fileName) => guard(() => importJulie([{ path: fileName ?? 'topology.yaml', text }])),
  importFiles: (files) => guard(() => importJulie(files)),
};

export interface Naming {
  /** `default`, `name` (the topic's own name) or a template. */
  format: string;
  separator: string;
}

interface Plans {
  path: string;
  byName: Map<string, Rec>;
}

function importJulie(files: readonly ImportFile[]): ImportResult {
  const errors: ImportError[] = [];
  const descriptors: Array<{ file: ImportFile; doc: Rec }> = [];
  let plans: Plans | undefined;
  const naming: Naming = { format: 'default', separator: '.' };
  for (const file of files) {
    if (/\.properties$/i.test(file.path)) {
      if (file.text.length > MAX_PROPERTIES)
        return { ok: false, errors: [{ path: file.path, message: `${file.path} is larger than a JulieOps configuration file can be (${MAX_PROPERTIES / 1024} KB).` }] };
      const props = parseJavaProperties(file.text);
      naming.format = props.get('topology.topic.prefix.format') ?? naming.format;
      naming.separator = props.get('topology.topic.prefix.separator') ?? naming.separator;
      continue;
    }
    const parsed = parseDataText(file.text, 'auto', { allowPrototypeNames: true });
    if (!parsed.ok) {
      const result = parseErrors(parsed.problem);
      return files.length > 1 && !result.ok ? { ok: false, errors: result.errors.map((e) => ({ ...e, message: `${file.path}: ${e.message}` })) } : result;
    }
    const doc = parsed.data;
    if (isRecord(doc) && isRecord(doc.plans) && doc.context === undefined) {
      plans = { path: file.path, byName: new Map(Object.entries(doc.plans).filter((e): e is [string, Rec] => isRecord(e[1]))) };
      continue;
    }
    if (!isRecord(doc) || typeof doc.context !== 'string') {
      errors.push({
        path: files.length > 1 ? file.path : 'context',
        message: `${files.length > 1 ? `${file.path}: ` : ''}A JulieOps descriptor needs a "context" (JulieOps refuses the file without one).`,
      });
      continue;
    }
    if (!Array.isArray(doc.projects)) {
      errors.push({ path: files.length > 1 ? `${file.path}#projects` : 'projects', message: `"projects" is missing for context "${short(doc.context)}"; JulieOps refuses the file.` });
      continue;
    }
    descriptors.push({ file, doc });
  }
  if (errors.length > 0) return { ok: false, errors };
  if (descriptors.length === 0) {
    return {
      ok: false,
      errors: [
        {
          message: plans
            ? 'This is a JulieOps plans file (topic config presets): it holds no topics or services. Import it together with the descriptor that uses its plans.'
            : 'No JulieOps descriptor in the files.',
        },
      ],
    };
  }
  if (/\{%|\|/.test(naming.format))
    return { ok: false, errors: [{ message: `topology.topic.prefix.format "${short(naming.format)}" uses template features beyond {{ name }}; the import reads only names.` }] };
  // JulieOps refuses a topology that uses plans without a plan definition, and a plan it does not define.
  for (const { file, doc } of descriptors) {
    (doc.projects as unknown[]).forEach((project, p) => {
      const topics = isRecord(project) && Array.isArray(project.topics) ? project.topics : [];
      topics.forEach((topic, t) => {
        const plan = isRecord(topic) ? topic.plan : undefined;
        if (plan === undefined) return;
        const path = `${files.length > 1 ? `${file.path}#` : ''}projects[${p}].topics[${t}].plan`;
        if (!plans) errors.push({ path, message: 'A plan definition is required if the topology uses them (JulieOps refuses it): import the plans file together with the descriptor.' });
        else if (!plans.byName.has(String(plan)))
          errors.push({ path, message: `Topic "${short(String(isRecord(topic) ? topic.name : '?'))}" references non-existing plan "${short(String(plan))}" (JulieOps refuses it).` });
      });
    });
  }
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, 50) };

  const b = new DesignBuilder();
  // A principal is one service, whichever descriptors (clusters) it has roles in.
  const services = new Map<string, Service>();
  const topicIds = new Map<string, string>();
  for (const descriptor of descriptors) readDescriptor(descriptor, files.length > 1, naming, plans, b, services, topicIds);
  addServices(services, topicIds, b);
  return b.build(descriptors.map((d) => String(d.doc.context)).join(', '));
}

/** The full topic name JulieOps gives a topic (Topic.toString, ProjectImpl.namePrefix). */
export function julieTopicName(naming: Naming, context: Rec, project: string, name: string, dataType: string | undefined): string {
  if (naming.format === 'name') return name;
  if (naming.format === 'default') {
    const prefix = [
      String(context.context),
      ...Object.keys(context)
        .filter((k) => k !== 'context')
        .map((k) => String(context[k])),
    ].join(naming.separator);
    return `${prefix}${naming.separator}${project}${naming.separator}${name}${dataType !== undefined ? `${naming.separator}${dataType}` : ''}`;
  }
  const values: Rec = { ...context, project, topic: name, ...(dataType !== undefined ? { dataType } : {}) };
  return naming.format.replace(/\{\{\s*([A-Za-z_][\w]*)\s*\}\}/g, (_, key: string) => (values[key] === undefined ? '' : String(values[key])));
}

interface Service {
  reads: Set<string>;
  writes: Set<string>;
  groupId?: string;
  /** A consumer role without a group: JulieOps's default, every group. */
  anyGroup: boolean;
  transactionalId?: string;
  /** A producer role with `idempotence: true`. */
  idempotent?: boolean;
  path: string;
  /** The clusters (descriptors) it has roles in. */
  clusters: Set<string>;
}

function readDescriptor(
  { file, doc }: { file: ImportFile; doc: Rec },
  several: boolean,
  naming: Naming,
  plans: Plans | undefined,
  b: DesignBuilder,
  services: Map<string, Service>,
  topicIds: Map<string, string>,
): void {
  const at = (inner: string) => (several ? `${file.path}#${inner}` : inner);
  const context: Rec = { context: doc.context };
  for (const [key, value] of Object.entries(doc)) {
    if (TOP_LEVEL_CORE.has(key)) continue;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') context[key] = value;
    else b.note(at(key), `Top-level field "${short(key)}" is not a single value; JulieOps reads it as text in topic names, the import leaves it out.`);
  }
  if (doc.platform !== undefined) b.note(at('platform'), 'The platform section (Schema Registry, Control Center, Kafka Connect, ksqlDB principals) is not represented in the design.');
  if (doc.special_topics !== undefined) b.note(at('special_topics'), 'special_topics is not represented in the design.');
  const cluster = b.addCluster(String(doc.context), 'kafka', {}, at('context'));
  const service = (principal: unknown, path: string): Service | undefined => {
    if (typeof principal !== 'string' || principal === '') {
      b.note(path, 'A principal is needed here (JulieOps refuses a role without one); skipped.');
      return undefined;
    }
    const name = principal.replace(/^User:/, '');
    let s = services.get(name);
    if (!s) services.set(name, (s = { reads: new Set(), writes: new Set(), anyGroup: false, path, clusters: new Set() }));
    s.clusters.add(cluster);
    return s;
  };
  const counts: TopicCounts = { unsetSize: 0, unsetMinIsr: 0 };

  (doc.projects as unknown[]).forEach((rawProject, p) => {
    const path = at(`projects[${p}]`);
    if (!isRecord(rawProject) || typeof rawProject.name !== 'string') return b.note(path, 'A project needs a name; skipped.');
    const project = rawProject.name;
    noteUnreadProjectFields(rawProject, path, b);
    const projectTopics: string[] = [];
    (Array.isArray(rawProject.topics) ? rawProject.topics : []).forEach((rawTopic, t) => {
      const topicPath = `${path}.topics[${t}]`;
      if (!isRecord(rawTopic) || typeof rawTopic.name !== 'string') return b.note(topicPath, 'A topic needs a name; skipped.');
      const dataType = typeof rawTopic.dataType === 'string' ? rawTopic.dataType : undefined;
      const name = julieTopicName(naming, context, project, rawTopic.name, dataType);
      const problem = kafkaTopicNameProblem(name);
      if (problem) b.note(topicPath, `Topic name "${short(name)}" ${problem}; Kafka will refuse it.`);
      const props = julieTopicProps(rawTopic, topicPath, dataType, cluster, plans, counts, b);
      // Topics are keyed by cluster: each descriptor is one JulieOps run, on its own cluster.
      const key = `${cluster}\u0000${name}`;
      const id = topicIds.get(key) ?? b.addNode('kafka-topic', name, props, topicPath);
      if (!id) return;
      if (topicIds.has(key)) b.note(topicPath, `Topic "${short(name)}" is declared twice; the first is kept.`);
      topicIds.set(key, id);
      projectTopics.push(key);
      // Topic-level roles: this topic only.
      roles(rawTopic, topicPath, [key], service, b);
    });
    // Project-level roles: every topic of the project (JulieOps grants the project prefix).
    if (['consumers', 'producers'].some((k) => Array.isArray(rawProject[k]) && (rawProject[k] as unknown[]).length > 0)) {
      b.note(
        path,
        `Project "${short(project)}" grants its consumers and producers the project's prefix, which also covers topics added later; the design connects them to its ${projectTopics.length} topic${projectTopics.length === 1 ? '' : 's'}.`,
      );
    }
    roles(rawProject, path, projectTopics, service, b);
    readStreams(rawProject, path, cluster, service);
  });

  const { unsetSize, unsetMinIsr } = counts;
  if (unsetSize > 0)
    b.note(
      at('projects'),
      `${unsetSize} ${unsetSize === 1 ? 'topic does' : 'topics do'} not set num.partitions or replication.factor; the design leaves them unset, so the broker's num.partitions and default.replication.factor apply.`,
    );
  noteUnsetMinIsr(b, unsetMinIsr, at('projects'));
}

/** A note for each project field the design does not represent (connectors, schemas, ksql, rbac and unknown keys). */
function noteUnreadProjectFields(rawProject: Rec, path: string, b: DesignBuilder): void {
  for (const key of Object.keys(rawProject)) {
    if (PROJECT_ROLES.has(key) && !['connectors', 'schemas', 'ksql', 'rbac'].includes(key)) continue;
    const what =
      key === 'rbac'
        ? 'RBAC role bindings'
        : key === 'ksql'
          ? 'KSQL artefacts'
          : key === 'schemas'
            ? 'Schema subject permissions'
            : key === 'connectors'
              ? 'Kafka Connect connectors and their principals'
              : `Project field "${short(key)}"`;
    b.note(keyPath(path, key), `${what}: not represented in the design.`);
  }
}

interface TopicCounts {
  unsetSize: number;
  unsetMinIsr: number;
}

/** A topic node's fields from a JulieOps topic: its plan's configs under its own, size, data type and metadata. */
function julieTopicProps(rawTopic: Rec, topicPath: string, dataType: string | undefined, cluster: string, plans: Plans | undefined, counts: TopicCounts, b: DesignBuilder): Rec {
  // A plan's configs go under the topic's own, as JulieOps applies them (putIfAbsent).
  const plan = typeof rawTopic.plan === 'string' ? plans?.byName.get(rawTopic.plan) : undefined;
  const config: Rec = { ...(isRecord(plan?.config) ? plan.config : {}), ...(isRecord(rawTopic.config) ? rawTopic.config : {}) };
  const partitions = int(config['num.partitions']);
  const replicas = int(config['replication.factor']);
  delete config['num.partitions'];
  delete config['replication.factor'];
  if (partitions === undefined || replicas === undefined) counts.unsetSize++;
  const read = kafkaTopicConfig(config, `${topicPath}.config`, b);
  if (!read.hasMinIsr) counts.unsetMinIsr++;
  const props: Rec = { cluster, ...(partitions !== undefined ? { partitions } : {}), ...(replicas !== undefined ? { replicationFactor: replicas } : {}) };
  if (Object.keys(read.config).length > 0) props.config = read.config;
  if (dataType !== undefined) {
    if (Object.hasOwn(DATA_TYPES, dataType)) props.messageSchema = { format: DATA_TYPES[dataType] };
    else b.note(`${topicPath}.dataType`, `Data type ${describe(dataType)} is not a message format the design knows; it stays in the topic name only.`);
  }
  if (isRecord(rawTopic.metadata))
    props.notes = Object.entries(rawTopic.metadata)
      .map(([k, v]) => `${k}: ${String(v)}`)
      .join('\n')
      .slice(0, 20_000);
  for (const key of Object.keys(rawTopic)) {
    if (!['name', 'dataType', 'config', 'plan', 'metadata', 'consumers', 'producers'].includes(key)) b.note(keyPath(topicPath, key), `Topic field "${short(key)}" is not represented in the design.`);
  }
  return props;
}

/** A project's Kafka Streams applications: each reads and writes its topics, its group id being its application id. */
function readStreams(rawProject: Rec, path: string, cluster: string, service: (principal: unknown, path: string) => Service | undefined): void {
  (Array.isArray(rawProject.streams) ? rawProject.streams : []).forEach((stream, i) => {
    const streamPath = `${path}.streams[${i}]`;
    if (!isRecord(stream)) return;
    const s = service(stream.principal, streamPath);
    if (!s) return;
    const topics = isRecord(stream.topics) ? stream.topics : {};
    for (const [direction, set] of [
      ['read', s.reads],
      ['write', s.writes],
    ] as const) {
      (Array.isArray(topics[direction]) ? topics[direction] : []).forEach((topic: unknown) => {
        if (typeof topic === 'string') set.add(`${cluster}\u0000${topic}`);
      });
    }
    // A Kafka Streams application's group id is its application id.
    const applicationId = str(stream.applicationId);
    if (applicationId) s.groupId ??= applicationId;
  });
}

/**
 * One service per principal, connected to the declared topics it reads and
 * writes, and the principal itself on each cluster it has roles on: its name
 * (`User:` taken off), and, for a consumer JulieOps lets use any group, that
 * rule.
 */
function addServices(services: Map<string, Service>, topicIds: Map<string, string>, b: DesignBuilder): void {
  const principals = new Map<string, Rec[]>();
  for (const [name, s] of services) {
    const reads = [...s.reads].filter((t) => topicIds.has(t));
    const writes = [...s.writes].filter((t) => topicIds.has(t));
    const missing = [...s.reads, ...s.writes].filter((t) => !topicIds.has(t));
    if (missing.length > 0)
      b.note(
        s.path,
        `Principal "${short(name)}" uses ${[...new Set(missing.map((t) => t.split('\u0000')[1]))]
          .slice(0, 5)
          .map((t) => `"${short(t)}"`)
          .join(', ')}, which no project declares; no topic is added.`,
      );
    const kind = reads.length > 0 || s.groupId !== undefined ? 'consumer-group' : 'producer';
    const props: Rec = {};
    if (kind === 'consumer-group' && s.groupId !== undefined) props.groupId = s.groupId;
    if (kind === 'producer' && s.transactionalId !== undefined)
      props.kafka = { acks: 'all', 'enable.idempotence': true, 'max.in.flight.requests.per.connection': 5, 'transactional.id': s.transactionalId };
    else if (kind === 'producer' && s.idempotent) props.kafka = { acks: 'all', 'enable.idempotence': true, 'max.in.flight.requests.per.connection': 5 };
    const id = b.addNode(kind, name, props, s.path);
    if (!id) continue;
    for (const t of reads) b.connect('consume', topicIds.get(t)!, id, {}, s.path);
    for (const t of writes) b.connect('publish', id, topicIds.get(t)!, {}, s.path);
    const principal: Rec = {
      name,
      service: id,
      ...(s.anyGroup && s.groupId === undefined ? { acls: [{ type: 'allow', resource: { type: 'group', name: '*', patternType: 'literal' }, operations: ['Read'] }] } : {}),
    };
    for (const cluster of s.clusters) principals.set(cluster, [...(principals.get(cluster) ?? []), principal]);
  }
  for (const [cluster, list] of principals) b.patchCluster(cluster, { principals: list }, 'principals');
}

/** The consumers and producers of a project or a topic: access to `topics`. */
function roles(owner: Rec, path: string, topics: string[], service: (principal: unknown, path: string) => Service | undefined, b: DesignBuilder): void {
  (Array.isArray(owner.consumers) ? owner.consumers : []).forEach((consumer, i) => {
    const s = isRecord(consumer) ? service(consumer.principal, `${path}.consumers[${i}]`) : undefined;
    if (!s || !isRecord(consumer)) return;
    topics.forEach((t) => s.reads.add(t));
    const group = str(consumer.group);
    // JulieOps's default group is "*", every group: the design keeps a group id only when one is named.
    if (group && group !== '*') s.groupId ??= group;
    else s.anyGroup = true;
  });
  (Array.isArray(owner.producers) ? owner.producers : []).forEach((producer, i) => {
    const s = isRecord(producer) ? service(producer.principal, `${path}.producers[${i}]`) : undefined;
    if (!s || !isRecord(producer)) return;
    topics.forEach((t) => s.writes.add(t));
    // JulieOps grants an idempotent producer IdempotentWrite on the cluster.
    if (producer.idempotence === true) s.idempotent = true;
    const transactionId = str(producer.transactionId);
    // A trailing * is a prefix: each instance runs with its own id under it.
    if (transactionId?.endsWith('*'))
      b.note(
        `${path}.producers[${i}].transactionId`,
        `Transactional ids starting with "${short(transactionId.slice(0, -1))}" are allowed; the design's transactional.id is that prefix without its trailing "-", one per instance.`,
      );
    if (transactionId) s.transactionalId ??= transactionId.endsWith('*') ? transactionId.slice(0, -1).replace(/-$/, '') : transactionId;
  });
}
