import {
  type ArtemisAddressNode,
  type Cluster,
  type ConsumerGroupNode,
  type Design,
  type DesignNode,
  type KafkaTopicNode,
  type NatsStreamNode,
  type ProducerNode,
  type PubsubSubscriptionNode,
  type PulsarSubscriptionNode,
  type PulsarTopicNode,
  type RabbitmqQueueNode,
  type SqsQueueNode,
} from '../design';
import { kafkaConsumerDefaults, kafkaProducerDefaults, type ProducerDefaults } from './kafka/client-defaults';
import { kafkaTopicDefaults } from './kafka/topic-defaults';
import { NATS_CONSUMER_DEFAULTS, NATS_STREAM_DEFAULTS } from './nats/server-defaults';
import { rabbitmqDefaultQueueType, rabbitmqPrefetchDefault, rabbitmqPublisherDefaults } from './rabbitmq/client-defaults';
import type {
  NodeSettingSources,
  ResolvedArtemisAddress,
  ResolvedConsumerGroup,
  ResolvedDesign,
  ResolvedKafkaTopic,
  ResolvedNatsStream,
  ResolvedNode,
  ResolvedProducer,
  ResolvedPubsubSubscription,
  ResolvedPulsarSubscription,
  ResolvedPulsarTopic,
  ResolvedRabbitmqQueue,
  ResolvedSqsQueue,
  ResolvedTopicConfig,
} from './resolved-design';
import { PUBSUB_SUBSCRIPTION_DEFAULTS } from './pubsub/defaults';
import { PULSAR_SUBSCRIPTION_DEFAULTS, PULSAR_TOPIC_POLICY_DEFAULTS } from './pulsar/defaults';
import { SERVICEBUS_RECEIVER_DEFAULTS, SERVICEBUS_SENDER_ENTITY_DEFAULTS, SERVICEBUS_SUBSCRIPTION_DEFAULTS } from './servicebus/defaults';
import { SET_IN_DESIGN, type Resolved, type SettingSource } from './source';
import { SQS_QUEUE_DEFAULTS } from './sqs-sns/aws-defaults';
import { ARTEMIS_ADDRESS_SETTINGS_DEFAULTS } from './artemis/address-settings-defaults';
import { atLeast } from './version';

/**
 * Fills every setting a design leaves unset with what its client, broker or
 * cloud really uses (one table per broker under lib/brokers), remembering
 * where each value came from. Designs are immutable, so the result is kept
 * per design object: the review, the inspector and the exporters all ask.
 */

interface Resolution {
  design: ResolvedDesign;
  sources: Map<string, Map<string, SettingSource>>;
}

const cache = new WeakMap<Design, Resolution>();
const sourcesByNode = new WeakMap<ResolvedNode, NodeSettingSources>();
const byNode = new WeakMap<DesignNode, { cluster: Cluster | undefined; resolved: ResolvedNode; sources: Map<string, SettingSource> }>();
const EMPTY: NodeSettingSources = new Map();

export function resolveDesign(design: Design): ResolvedDesign {
  return resolution(design).design;
}

/** Where each effective setting of a node comes from (`kafka.acks` → "Java client 3.7 default"). */
export function settingSources(design: Design, nodeId: string): NodeSettingSources {
  return resolution(design).sources.get(nodeId) ?? EMPTY;
}

/** Whether the design itself sets `path` on the node (rather than leaving it to the software). */
export function isSetInDesign(design: Design, nodeId: string, path: string): boolean {
  return settingSources(design, nodeId).get(path)?.origin === 'design';
}

/** The last design asked about: rules ask of the same design thousands of times in a row, and a WeakMap lookup costs more than a comparison. */
let lastAsked: { design: Design; resolution: Resolution } | undefined;

function resolution(design: Design): Resolution {
  // Asked of the design as written (setting sources) and as resolved (resolveDesign of either) in turn: both hit.
  if (lastAsked && (lastAsked.design === design || lastAsked.resolution.design === design)) return lastAsked.resolution;
  let cached = cache.get(design);
  if (!cached) {
    const sources = new Map<string, Map<string, SettingSource>>();
    // Looked up here rather than through indexGraph, which would index every node of the design as written just for its clusters.
    const clusterById = new Map(design.clusters.map((c) => [c.id, c]));
    const nodes = design.nodes.map((node) => {
      // A node resolves from itself and its cluster alone: an edit elsewhere reuses its resolution.
      const cluster = node.cluster === undefined ? undefined : clusterById.get(node.cluster);
      let known = byNode.get(node);
      if (!known || known.cluster !== cluster) {
        const nodeSources = new Map<string, SettingSource>();
        known = { cluster, resolved: resolveNode(node, cluster, nodeSources), sources: nodeSources };
        byNode.set(node, known);
        if (nodeSources.size > 0) sourcesByNode.set(known.resolved, nodeSources);
      }
      if (known.sources.size > 0) sources.set(node.id, known.sources);
      return known.resolved;
    });
    cached = { design: { ...design, nodes }, sources };
    cache.set(design, cached);
    // The resolved design resolves to itself, so code handed either kind of design can ask again.
    cache.set(cached.design as Design, cached);
  }
  lastAsked = { design, resolution: cached };
  return cached;
}

function resolveNode(node: DesignNode, cluster: Cluster | undefined, sources: Map<string, SettingSource>): ResolvedNode {
  switch (node.kind) {
    case 'producer':
      return resolveProducer(node, sources);
    case 'consumer-group':
      return resolveConsumerGroup(node, sources);
    case 'kafka-topic':
      return resolveKafkaTopic(node, cluster, sources);
    case 'rabbitmq-queue':
      return resolveRabbitmqQueue(node, cluster, sources);
    case 'nats-stream':
      return resolveNatsStream(node, sources);
    case 'sqs-queue':
      return resolveSqsQueue(node, sources);
    case 'pubsub-subscription':
      return resolvePubsubSubscription(node, sources);
    case 'servicebus-queue':
      return fill(
        fill(node, SERVICEBUS_RECEIVER_DEFAULTS.values, SERVICEBUS_RECEIVER_DEFAULTS.source, '', sources),
        SERVICEBUS_SENDER_ENTITY_DEFAULTS.values,
        SERVICEBUS_SENDER_ENTITY_DEFAULTS.source,
        '',
        sources,
      );
    case 'servicebus-topic':
      return fill(node, SERVICEBUS_SENDER_ENTITY_DEFAULTS.values, SERVICEBUS_SENDER_ENTITY_DEFAULTS.source, '', sources);
    case 'servicebus-subscription':
      return fill(
        fill(node, SERVICEBUS_RECEIVER_DEFAULTS.values, SERVICEBUS_RECEIVER_DEFAULTS.source, '', sources),
        SERVICEBUS_SUBSCRIPTION_DEFAULTS.values,
        SERVICEBUS_SUBSCRIPTION_DEFAULTS.source,
        '',
        sources,
      );
    case 'artemis-address':
      return resolveArtemisAddress(node, sources);
    case 'pulsar-topic':
      return resolvePulsarTopic(node, sources);
    case 'pulsar-subscription':
      return resolvePulsarSubscription(node, sources);
    default:
      return node;
  }
}

/** `raw` with each of `defaults`' keys filled where unset; sources recorded under `prefix`. */
function fill<R extends object, T extends object>(raw: R, defaults: T, source: SettingSource, prefix: string, sources: Map<string, SettingSource>): R & T {
  const given = raw as Record<string, unknown>;
  const out: Record<string, unknown> = { ...given };
  for (const key of Object.keys(defaults) as Array<keyof T & string>) {
    if (given[key] !== undefined) sources.set(prefix + key, SET_IN_DESIGN);
    else {
      out[key] = defaults[key];
      sources.set(prefix + key, source);
    }
  }
  return out as R & T;
}

function pick<T>(raw: T | undefined, fallback: Resolved<NonNullable<T>>, path: string, sources: Map<string, SettingSource>): NonNullable<T> {
  if (raw !== undefined && raw !== null) {
    sources.set(path, SET_IN_DESIGN);
    return raw as NonNullable<T>;
  }
  sources.set(path, fallback.source);
  return fallback.value;
}

const IDEMPOTENCE_DOCS = 'https://issues.apache.org/jira/browse/KAFKA-13598';

function resolveProducer(node: ProducerNode, sources: Map<string, SettingSource>): ResolvedProducer {
  const defaults = kafkaProducerDefaults(node.client);
  const raw = node.kafka;
  const values: ProducerDefaults = { ...defaults.values };
  const javaLike = node.client === undefined || ['kafka-java', 'spring-kafka', 'kafka-streams', 'kafka-connect'].includes(node.client.name);
  if (javaLike && raw['enable.idempotence'] === true && raw.acks === undefined) values.acks = 'all';
  // librdkafka caps the requests in flight at 5 itself when idempotence is on and the cap is unset.
  if (node.client?.name === 'librdkafka' && raw['enable.idempotence'] === true && raw['max.in.flight.requests.per.connection'] === undefined) {
    values['max.in.flight.requests.per.connection'] = 5;
  }
  const kafka = fill(raw, values, defaults.source, 'kafka.', sources);
  // Java client ≥ 3.0 (KAFKA-13598, KAFKA-13673): idempotence left unset is turned off, silently, when other settings
  // conflict with it. From 4.0 (KAFKA-17927) more than 5 requests in flight is no longer a quiet conflict: the client
  // refuses to start with idempotence on by default, so idempotence stays on and the rules report the refusal.
  if (javaLike && raw['enable.idempotence'] === undefined && kafka['enable.idempotence']) {
    const conflicts = idempotenceConflicts(kafka);
    const refusesInFlight = kafka['max.in.flight.requests.per.connection'] > 5 && atLeast(node.client?.version, '4.0');
    if (conflicts.length > 0 && !refusesInFlight && atLeast(node.client?.version, '3.0')) {
      kafka['enable.idempotence'] = false;
      sources.set('kafka.enable.idempotence', { origin: 'client', label: `turned off by the client: ${conflicts.join(', ')} conflicts with idempotence`, url: IDEMPOTENCE_DOCS });
    }
  }
  const publisher = rabbitmqPublisherDefaults(node.client);
  const rabbitmq = fill(node.rabbitmq, publisher.values, publisher.source, 'rabbitmq.', sources);
  return { ...node, kafka, rabbitmq };
}

/** The settings that keep a Java producer from being idempotent, as `name=value`. */
export function idempotenceConflicts(kafka: Pick<ProducerDefaults, 'acks' | 'retries' | 'max.in.flight.requests.per.connection'>): string[] {
  const conflicts: string[] = [];
  if (kafka.acks !== 'all' && kafka.acks !== '-1') conflicts.push(`acks=${kafka.acks}`);
  if (kafka.retries === 0) conflicts.push('retries=0');
  if (kafka['max.in.flight.requests.per.connection'] > 5) conflicts.push(`max.in.flight.requests.per.connection=${kafka['max.in.flight.requests.per.connection']}`);
  return conflicts;
}

function resolveConsumerGroup(node: ConsumerGroupNode, sources: Map<string, SettingSource>): ResolvedConsumerGroup {
  const kafkaDefaults = kafkaConsumerDefaults(node.client);
  const kafka = fill(node.kafka, kafkaDefaults.values, kafkaDefaults.source, 'kafka.', sources);
  const nats = fill(node.nats, NATS_CONSUMER_DEFAULTS.values, NATS_CONSUMER_DEFAULTS.source, 'nats.', sources);
  const prefetch = pick(node.prefetch, rabbitmqPrefetchDefault(node.client), 'prefetch', sources);
  return { ...node, kafka, nats, prefetch };
}

function resolveKafkaTopic(node: KafkaTopicNode, cluster: Cluster | undefined, sources: Map<string, SettingSource>): ResolvedKafkaTopic {
  const defaults = kafkaTopicDefaults(cluster);
  const config: Record<string, unknown> = { ...node.config };
  for (const [key, fallback] of Object.entries(defaults.config) as Array<[keyof ResolvedTopicConfig, Resolved<unknown>]>) {
    config[key] = pick(node.config[key] as unknown, fallback as Resolved<NonNullable<unknown>>, `config.${key}`, sources);
  }
  return {
    ...node,
    partitions: pick(node.partitions, defaults.partitions, 'partitions', sources),
    replicationFactor: pick(node.replicationFactor, defaults.replicationFactor, 'replicationFactor', sources),
    config: config as ResolvedKafkaTopic['config'],
  };
}

function resolveRabbitmqQueue(node: RabbitmqQueueNode, cluster: Cluster | undefined, sources: Map<string, SettingSource>): ResolvedRabbitmqQueue {
  return { ...node, type: pick(node.type, rabbitmqDefaultQueueType(cluster), 'type', sources) };
}

function resolveNatsStream(node: NatsStreamNode, sources: Map<string, SettingSource>): ResolvedNatsStream {
  return fill(node, NATS_STREAM_DEFAULTS.values, NATS_STREAM_DEFAULTS.source, '', sources);
}

function resolveSqsQueue(node: SqsQueueNode, sources: Map<string, SettingSource>): ResolvedSqsQueue {
  return fill(node, SQS_QUEUE_DEFAULTS.values, SQS_QUEUE_DEFAULTS.source, '', sources);
}

function resolvePubsubSubscription(node: PubsubSubscriptionNode, sources: Map<string, SettingSource>): ResolvedPubsubSubscription {
  return fill(node, PUBSUB_SUBSCRIPTION_DEFAULTS.values, PUBSUB_SUBSCRIPTION_DEFAULTS.source, '', sources);
}

function resolvePulsarTopic(node: PulsarTopicNode, sources: Map<string, SettingSource>): ResolvedPulsarTopic {
  return fill(node, PULSAR_TOPIC_POLICY_DEFAULTS.values, PULSAR_TOPIC_POLICY_DEFAULTS.source, '', sources);
}

function resolvePulsarSubscription(node: PulsarSubscriptionNode, sources: Map<string, SettingSource>): ResolvedPulsarSubscription {
  return fill(node, PULSAR_SUBSCRIPTION_DEFAULTS.values, PULSAR_SUBSCRIPTION_DEFAULTS.source, '', sources);
}

function resolveArtemisAddress(node: ArtemisAddressNode, sources: Map<string, SettingSource>): ResolvedArtemisAddress {
  const { values, source } = ARTEMIS_ADDRESS_SETTINGS_DEFAULTS;
  return { ...node, settings: fill(node.settings, values, source, 'settings.', sources) };
}

/**
 * The settings of `section` (`kafka`, `config`, …) of a resolved node that the
 * design itself writes: what an export may claim. Keys with no software
 * default are kept as they are; resolved keys only when the user set them.
 */
export function writtenSettings<T extends object>(node: ResolvedNode, section: string, values: T): Partial<T> {
  const sources = sourcesByNode.get(node) ?? EMPTY;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    const source = sources.get(`${section}.${key}`);
    if (value !== undefined && (!source || source.origin === 'design')) out[key] = value;
  }
  return out as Partial<T>;
}

/** A top-level setting of a resolved node (`partitions`, `type`, `visibilityTimeout`, …) when the design writes it, else undefined. */
export function writtenSetting<T>(node: ResolvedNode, path: string, value: T): T | undefined {
  const source = (sourcesByNode.get(node) ?? EMPTY).get(path);
  return !source || source.origin === 'design' ? value : undefined;
}
