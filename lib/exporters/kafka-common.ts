import { incoming, indexGraph, nodesOfKind, outgoing, uniqueId, type Cluster, type Design } from '../design';
import { resolveDesign, writtenSetting, writtenSettings } from '../brokers/resolve';
import { kafkaClientId, kafkaGroupId } from '../brokers/service-identifiers';
import type { ResolvedDesign, ResolvedNode } from '../brokers/resolved-design';
import type { ResolvedKafkaTopic } from '../brokers/kafka/resolve';
import type { ResolvedConsumerGroup, ResolvedProducer } from '../brokers/services/resolve';
import { clusterLacksTieredStorage } from '../rules/kafka/tiered-storage-constraints';
import { commentText, hasLoneSurrogate } from './escape';
import type { ExportError } from './exporter';
import {
  ASSIGNOR_CLASSES,
  consumerCrossProblems,
  CONSUMER_CONFIG_DOMAIN,
  keyValueProblem,
  producerCrossProblems,
  PRODUCER_CONFIG_DOMAIN,
  topicCrossProblems,
  TOPIC_CONFIG_DOMAIN,
  TOPIC_CREATE_DOMAIN,
  configValueText,
  domainProblem,
  type ConfigValue,
} from './kafka-config-domain';

/**
 * What every Kafka exporter shares: which topics and clients a design has,
 * their settings as Kafka names them, and the checks that refuse what Kafka
 * would reject (so each exporter only formats).
 */

/** Kafka's legal topic names: 1–249 of `[a-zA-Z0-9._-]`, not `.` or `..` (Topic.validate). */
export function kafkaTopicNameProblem(name: string): string | undefined {
  if (name.length === 0) return 'the name is empty';
  if (name === '.' || name === '..') return `"${name}" is not allowed as a topic name`;
  if (name.length > 249) return `the name is ${name.length} characters long; Kafka allows at most 249`;
  const bad = [...new Set(name.replace(/[a-zA-Z0-9._-]/g, ''))];
  if (bad.length > 0) {
    const shown = bad.slice(0, 5).map((c) => (c === ' ' ? 'space' : /\s|[\u0000-\u001f]/.test(c) ? JSON.stringify(c) : `"${c}"`));
    return `the name contains ${shown.join(', ')}; Kafka topic names use only letters, digits, ".", "_" and "-"`;
  }
  return undefined;
}

/** How a node is named in an error: its name and id. */
export function nodeLabel(node: ResolvedNode): string {
  const name = commentText(node.name, 80);
  return name === node.id ? `"${name}"` : `"${name}" (${node.id})`;
}

export function nodeError(node: ResolvedNode, what: string, problem: string): ExportError {
  return { nodeId: node.id, message: `${what} ${nodeLabel(node)}: ${problem}.` };
}

/** Topics grouped by the cluster they live on (topics without a cluster form one extra group). */
export interface KafkaTopicGroup {
  /** The cluster id, or a free id for topics without a cluster. */
  id: string;
  cluster?: Cluster;
  topics: ResolvedKafkaTopic[];
}

export function kafkaTopicGroups(document: Design): KafkaTopicGroup[] {
  const design = resolveDesign(document);
  const topics = nodesOfKind(design, 'kafka-topic');
  const groups: KafkaTopicGroup[] = [];
  for (const cluster of design.clusters) {
    const own = topics.filter((t) => t.cluster === cluster.id);
    if (own.length > 0) groups.push({ id: cluster.id, cluster, topics: own });
  }
  const loose = topics.filter((t) => t.cluster === undefined || !indexGraph(design).clusterById.has(t.cluster));
  if (loose.length > 0) groups.push({ id: uniqueId('kafka', indexGraph(design).clusterById), topics: loose });
  return groups;
}

/** The group a topic belongs to. */
export function groupOfTopic(groups: KafkaTopicGroup[], topic: ResolvedKafkaTopic): KafkaTopicGroup {
  return groups.find((g) => g.topics.includes(topic))!;
}

/** A topic's configs as Kafka names them, set ones only, in a stable order; only keys with a known domain. */
export function topicSettings(topic: ResolvedKafkaTopic): Array<[string, ConfigValue]> {
  return (Object.entries(writtenSettings(topic, 'config', topic.config)) as Array<[string, ConfigValue | undefined]>)
    .filter((entry): entry is [string, ConfigValue] => entry[1] !== undefined && Object.hasOwn(TOPIC_CONFIG_DOMAIN, entry[0]))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * A topic as the design asks for it, in the words Kafka receives: the one
 * description the script exporters and `apply` both write, so an export and an
 * apply of one design cannot disagree. Only what the design sets is here:
 * partitions or replication factor left unset are the cluster's to choose.
 */
export interface KafkaTopicSpec {
  name: string;
  partitions?: number;
  replicationFactor?: number;
  /** Config name → the text Kafka receives, set ones only, by name. */
  configs: Record<string, string>;
}

export function kafkaTopicSpec(topic: ResolvedKafkaTopic): KafkaTopicSpec {
  const partitions = writtenSetting(topic, 'partitions', topic.partitions);
  const replicationFactor = writtenSetting(topic, 'replicationFactor', topic.replicationFactor);
  return {
    name: topic.name,
    ...(partitions !== undefined ? { partitions } : {}),
    ...(replicationFactor !== undefined ? { replicationFactor } : {}),
    configs: Object.fromEntries(topicSettings(topic).map(([key, value]) => [key, configValueText(value)])),
  };
}

/** Every reason the design's Kafka topics cannot be written as they are. */
export function kafkaTopicErrors(document: Design): ExportError[] {
  const design = resolveDesign(document);
  const errors: ExportError[] = [];
  for (const group of kafkaTopicGroups(design)) {
    const seen = new Map<string, ResolvedKafkaTopic>();
    for (const topic of group.topics) {
      const nameProblem = kafkaTopicNameProblem(topic.name);
      if (nameProblem) {
        errors.push(nodeError(topic, 'Kafka topic', nameProblem));
        continue;
      }
      const twin = seen.get(topic.name);
      if (twin) errors.push(nodeError(topic, 'Kafka topic', `another topic on the same cluster, ${nodeLabel(twin)}, has the same name`));
      seen.set(topic.name, topic);
      const partitions = domainProblem(TOPIC_CREATE_DOMAIN.partitions, topic.partitions);
      if (partitions) errors.push(nodeError(topic, 'Kafka topic', `partitions: ${partitions}`));
      const rf = domainProblem(TOPIC_CREATE_DOMAIN['replication-factor'], topic.replicationFactor);
      if (rf) errors.push(nodeError(topic, 'Kafka topic', `replication factor: ${rf}`));
      for (const [key, value] of topicSettings(topic)) {
        const problem = keyValueProblem(TOPIC_CONFIG_DOMAIN, key, value);
        if (problem) errors.push(nodeError(topic, 'Kafka topic', problem));
      }
      for (const problem of topicCrossProblems(Object.fromEntries(topicSettings(topic)), topic.replicationFactor, group.cluster?.nodes)) {
        errors.push(nodeError(topic, 'Kafka topic', problem));
      }
      if (topic.config['remote.storage.enable'] === true && group.cluster?.broker === 'kafka' && clusterLacksTieredStorage(design, topic)) {
        // What kafka-topics.sh prints when the broker refuses it (InvalidConfigurationException, Kafka 3.6 to 4.1).
        errors.push(
          nodeError(
            topic,
            'Kafka topic',
            `the broker refuses remote.storage.enable=true ("Tiered Storage functionality is disabled in the broker. Topic cannot be configured with remote log storage."): set remote.log.storage.system.enable=true in the config of cluster "${commentText(group.cluster.name, 80)}" if it runs tiered storage, or turn remote.storage.enable off`,
          ),
        );
      }
    }
  }
  return errors;
}

/** A service that talks to Kafka: what it writes (publish, dead-letter) and reads (consume). */
export interface KafkaClient {
  node: ResolvedProducer | ResolvedConsumerGroup;
  writes: ResolvedKafkaTopic[];
  reads: ResolvedKafkaTopic[];
}

export function kafkaClients(document: Design): KafkaClient[] {
  const design = resolveDesign(document);
  const graph = indexGraph(design);
  const isTopic = (id: string) => graph.nodeById.get(id)?.kind === 'kafka-topic';
  const topic = (id: string) => graph.nodeById.get(id) as ResolvedKafkaTopic;
  const unique = (list: ResolvedKafkaTopic[]) => [...new Set(list)];
  const clients: KafkaClient[] = [];
  for (const node of design.nodes) {
    if (node.kind !== 'producer' && node.kind !== 'consumer-group') continue;
    const writes = unique(
      outgoing(design, node.id)
        .filter((c) => (c.kind === 'publish' || c.kind === 'dead-letter') && isTopic(c.to))
        .map((c) => topic(c.to)),
    );
    const reads =
      node.kind === 'consumer-group'
        ? unique(
            incoming(design, node.id, 'consume')
              .filter((c) => isTopic(c.from))
              .map((c) => topic(c.from)),
          )
        : [];
    if (writes.length > 0 || reads.length > 0) clients.push({ node, writes, reads });
  }
  return clients;
}

/** Kafka's group.id and client.id of a service (lib/brokers/service-identifiers.ts), under the names the exporters use. */
export const groupIdOf = kafkaGroupId;
export const clientIdOf = kafkaClientId;

/** A producer's settings by their Kafka names (set ones only), or Kafka's safe defaults for a consumer group that publishes. */
export function producerSettings(node: ResolvedProducer | ResolvedConsumerGroup): Array<[string, ConfigValue]> {
  if (node.kind === 'consumer-group')
    return [
      ['acks', 'all'],
      ['enable.idempotence', true],
    ];
  const order = [
    'acks',
    'enable.idempotence',
    'max.in.flight.requests.per.connection',
    'retries',
    'delivery.timeout.ms',
    'request.timeout.ms',
    'linger.ms',
    'batch.size',
    'max.request.size',
    'compression.type',
    'partitioner.ignore.keys',
    'transactional.id',
    'transaction.timeout.ms',
  ] as const;
  const written = writtenSettings(node, 'kafka', node.kafka);
  return order.flatMap((key): Array<[string, ConfigValue]> => {
    const value = written[key];
    return value === undefined ? [] : [[key, value]];
  });
}

export interface ConsumerSettings {
  settings: Array<[string, ConfigValue]>;
  /** Settings left out because the chosen group protocol does not use them, with why. */
  omitted: string[];
}

/** A consumer group's settings by their Kafka names; assignors as Java class names. */
export function consumerSettings(node: ResolvedConsumerGroup): ConsumerSettings {
  const k = writtenSettings(node, 'kafka', node.kafka);
  const consumerProtocol = k['group.protocol'] === 'consumer';
  const settings: Array<[string, ConfigValue]> = [['group.id', groupIdOf(node)]];
  const omitted: string[] = [];
  const put = (key: string, value: ConfigValue | undefined, classicOnly = false) => {
    if (value === undefined) return;
    if (classicOnly && consumerProtocol) omitted.push(`${key} is left out: group.protocol=consumer does not use it (the broker assigns partitions and drives heartbeats).`);
    else settings.push([key, value]);
  };
  put('enable.auto.commit', k['enable.auto.commit']);
  put('auto.offset.reset', k['auto.offset.reset']);
  put('isolation.level', k['isolation.level']);
  put('group.protocol', k['group.protocol']);
  if (k['group.remote.assignor'] !== undefined) {
    if (consumerProtocol) settings.push(['group.remote.assignor', k['group.remote.assignor']]);
    else omitted.push('group.remote.assignor is left out: it only applies with group.protocol=consumer.');
  }
  const strategy = k['partition.assignment.strategy'];
  put(
    'partition.assignment.strategy',
    strategy === undefined
      ? undefined
      : strategy
          .split(',')
          .map((s) => ASSIGNOR_CLASSES[s])
          .join(','),
    true,
  );
  put('max.poll.records', k['max.poll.records']);
  put('max.poll.interval.ms', k['max.poll.interval.ms']);
  put('session.timeout.ms', k['session.timeout.ms'], true);
  put('heartbeat.interval.ms', k['heartbeat.interval.ms'], true);
  put('max.partition.fetch.bytes', k['max.partition.fetch.bytes']);
  return { settings, omitted };
}

/** Every reason the design's Kafka clients cannot be written as they are. */
export function kafkaClientErrors(document: Design): ExportError[] {
  const design = resolveDesign(document);
  const errors: ExportError[] = [];
  for (const { node, writes, reads } of kafkaClients(design)) {
    const what = node.kind === 'producer' ? 'Producer' : 'Consumer group';
    if (writes.length > 0) {
      const settings = producerSettings(node);
      for (const [key, value] of settings) {
        const problem = keyValueProblem(PRODUCER_CONFIG_DOMAIN, key, value);
        if (problem) errors.push(nodeError(node, what, problem));
      }
      const cluster = writes[0].cluster === undefined ? undefined : indexGraph(design).clusterById.get(writes[0].cluster);
      const maxTx = Number(cluster?.config['transaction.max.timeout.ms'] ?? 900_000);
      for (const problem of producerCrossProblems(Object.fromEntries(settings), Number.isFinite(maxTx) ? maxTx : 900_000)) {
        errors.push(nodeError(node, what, problem));
      }
      const txId = node.kind === 'producer' ? node.kafka['transactional.id'] : undefined;
      if (txId !== undefined && hasLoneSurrogate(txId)) errors.push(nodeError(node, what, 'transactional.id has a broken Unicode character (a lone surrogate)'));
    }
    if (reads.length > 0 && node.kind === 'consumer-group') {
      const { settings } = consumerSettings(node);
      for (const [key, value] of settings) {
        const problem = keyValueProblem(CONSUMER_CONFIG_DOMAIN, key, value);
        if (problem) errors.push(nodeError(node, what, problem));
      }
      for (const problem of consumerCrossProblems(Object.fromEntries(settings))) errors.push(nodeError(node, what, problem));
      if (hasLoneSurrogate(groupIdOf(node))) errors.push(nodeError(node, what, 'the group id has a broken Unicode character (a lone surrogate)'));
    }
  }
  return errors;
}

/** The refusal when a design has nothing for a Kafka format. */
/**
 * The design's Kafka topics by cluster, or why an export of them must be refused:
 * no topics at all, or topics (and, `withClients`, producers and consumers) the
 * Kafka tools would reject.
 */
export function exportableKafkaTopics(design: ResolvedDesign, { withClients = false }: { withClients?: boolean } = {}): { ok: true; groups: KafkaTopicGroup[] } | { ok: false; errors: ExportError[] } {
  const groups = kafkaTopicGroups(design);
  if (groups.length === 0) return { ok: false, errors: [NO_KAFKA_TOPICS] };
  const errors = [...kafkaTopicErrors(design), ...(withClients ? kafkaClientErrors(design) : [])];
  return errors.length > 0 ? { ok: false, errors } : { ok: true, groups };
}

export const NO_KAFKA_TOPICS: ExportError = { message: 'The design has no Kafka topics to export. Add a Kafka topic, or choose another format.' };

/** A Kubernetes object name (RFC 1123 subdomain, kept to 63 characters as Strimzi advises). */
export const K8S_NAME = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;
