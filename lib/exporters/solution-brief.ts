import { resolveDesign } from '../brokers/resolve';
import { kafkaGroupId } from '../brokers/service-identifiers';
import { clusterOf, incoming, nodeById, outgoing, type Design, type MessageSchema } from '../design';
import type { ResolvedDesign, ResolvedNode } from '../brokers/resolved-design';
import type { Exporter } from './exporter';
import { fileBaseName } from './file-name';
import { toYaml } from './yaml';

/**
 * The "solution brief" (domain brief, "The request and the answer"): the
 * design summarised as technology, topology (topics, partitions,
 * replication), message schema (format, schema) and consumer config (group
 * id, concurrency, error handling), with the request it answers. Values are
 * data (JSON and YAML libraries quote them), so any name is safe.
 */

const BROKER_NAMES: Record<string, string> = {
  kafka: 'Apache Kafka',
  redpanda: 'Redpanda',
  rabbitmq: 'RabbitMQ',
  nats: 'NATS JetStream',
  'sqs-sns': 'Amazon SQS/SNS',
  pulsar: 'Apache Pulsar',
};

const CHANNEL_KINDS = new Set(['kafka-topic', 'rabbitmq-exchange', 'rabbitmq-queue', 'nats-stream', 'sqs-queue', 'sns-topic', 'event-store']);

function channelTopology(design: ResolvedDesign, node: ResolvedNode): Record<string, unknown> | undefined {
  const cluster = clusterOf(design, node)?.name;
  const base = { name: node.name, ...(cluster ? { cluster } : {}) };
  switch (node.kind) {
    case 'kafka-topic':
      return {
        ...base,
        type: 'kafka-topic',
        role: node.role,
        partitions: node.partitions,
        replicationFactor: node.replicationFactor,
        minInsyncReplicas: node.config['min.insync.replicas'],
        cleanupPolicy: node.config['cleanup.policy'],
        retentionMs: node.config['retention.ms'],
      };
    case 'rabbitmq-exchange':
      return { ...base, type: 'rabbitmq-exchange', exchangeType: node.type, durable: node.durable, vhost: node.vhost };
    case 'rabbitmq-queue': {
      const replicas = clusterOf(design, node)?.nodes;
      return {
        ...base,
        type: 'rabbitmq-queue',
        queueType: node.type,
        role: node.role,
        durable: node.durable,
        ...(node.type === 'quorum' && replicas ? { replication: Math.min(replicas, node.arguments['x-quorum-initial-group-size'] ?? replicas) } : {}),
        ...(node.arguments['x-message-ttl'] !== undefined ? { messageTtlMs: node.arguments['x-message-ttl'] } : {}),
        bindings: incoming(design, node.id, 'bind').map((c) => ({ exchange: nodeById(design, c.from)?.name ?? c.from, ...(c.routingKey !== undefined ? { key: c.routingKey } : {}) })),
      };
    }
    case 'nats-stream':
      return {
        ...base,
        type: 'nats-stream',
        role: node.role,
        subjects: node.subjects,
        retention: node.retention,
        storage: node.storage,
        replicas: node.num_replicas,
        ...(node.max_age ? { maxAge: node.max_age } : {}),
      };
    case 'sqs-queue':
      return { ...base, type: 'sqs-queue', role: node.role, fifo: node.fifo, visibilityTimeoutSeconds: node.visibilityTimeout, retentionSeconds: node.messageRetentionPeriod };
    case 'sns-topic':
      return { ...base, type: 'sns-topic', fifo: node.fifo, subscriptions: outgoing(design, node.id).map((c) => nodeById(design, c.to)?.name ?? c.to) };
    case 'event-store':
      return { ...base, type: 'event-store', technology: node.technology, streamPerAggregate: node.streamPerAggregate, concurrencyCheck: node.concurrencyCheck, eventTypes: node.eventTypes };
    default:
      return undefined;
  }
}

function schemaOf(node: ResolvedNode): MessageSchema | undefined {
  return 'messageSchema' in node ? node.messageSchema : undefined;
}

function consumerConfig(design: ResolvedDesign, node: ResolvedNode): Record<string, unknown> | undefined {
  if (node.kind !== 'consumer-group') return undefined;
  const deadLetters = [...outgoing(design, node.id, 'dead-letter'), ...incoming(design, node.id, 'consume').flatMap((c) => outgoing(design, c.from, 'dead-letter'))];
  return {
    name: node.name,
    groupId: kafkaGroupId(node),
    instances: node.instances,
    concurrency: node.concurrency,
    consumes: incoming(design, node.id, 'consume').map((c) => nodeById(design, c.from)?.name ?? c.from),
    ...(outgoing(design, node.id, 'publish').length > 0 ? { publishes: outgoing(design, node.id, 'publish').map((c) => nodeById(design, c.to)?.name ?? c.to) } : {}),
    ackMode: node.ackMode,
    commitAfterProcessing: node.commitAfterProcessing,
    errorHandling: {
      maxRetries: node.retry.maxRetries,
      backoff: node.retry.backoff,
      deadLetter: [...new Set(deadLetters.map((c) => nodeById(design, c.to)?.name ?? c.to))],
      idempotent: node.idempotent,
      lagAlert: node.lagAlert,
    },
  };
}

/** The brief as plain data. */
export function solutionBrief(document: Design): Record<string, unknown> {
  const design = resolveDesign(document);
  const brokers = [...new Set(design.clusters.map((c) => c.broker))];
  return {
    solution: design.name,
    request: {
      throughput: design.requirements.throughput,
      ...(design.requirements.peakThroughput !== undefined ? { peakThroughput: design.requirements.peakThroughput } : {}),
      messageSizeBytes: design.requirements.messageSizeBytes,
      ...(design.requirements.latencyMs !== undefined ? { latencyMs: design.requirements.latencyMs } : {}),
      ordering: design.requirements.ordering,
      delivery: design.requirements.delivery,
      ...(design.requirements.retentionHours !== undefined ? { retentionHours: design.requirements.retentionHours } : {}),
      producers: design.nodes.filter((n) => n.kind === 'producer').map((n) => n.name),
      consumers: design.nodes.filter((n) => n.kind === 'consumer-group').map((n) => n.name),
    },
    technology: {
      brokers: brokers.map((b) => BROKER_NAMES[b] ?? b),
      clusters: design.clusters.map((c) => ({ name: c.name, broker: BROKER_NAMES[c.broker] ?? c.broker, ...(c.version ? { version: c.version } : {}), nodes: c.nodes, environment: c.environment })),
    },
    topology: design.nodes
      .filter((n) => CHANNEL_KINDS.has(n.kind))
      .map((n) => channelTopology(design, n))
      .filter((t) => t !== undefined),
    messageSchemas: design.nodes.flatMap((n) => {
      const schema = schemaOf(n);
      if (!schema || schema.format === 'none') return [];
      return [
        {
          channel: n.name,
          ...(schema.name ? { name: schema.name } : {}),
          format: schema.format,
          ...(schema.version ? { version: schema.version } : {}),
          registry: schema.registry,
          ...(schema.definition ? { schema: schema.definition } : {}),
        },
      ];
    }),
    consumers: design.nodes.map((n) => consumerConfig(design, n)).filter((c) => c !== undefined),
  };
}

export const solutionBriefJsonExporter: Exporter = {
  id: 'solution-brief-json',
  label: 'Solution brief (JSON)',
  description: 'Technology, topology, message schemas and consumer configuration, summarised.',
  language: 'json',
  export: (design) => ({ ok: true, files: [{ path: `${fileBaseName(design)}.solution-brief.json`, content: `${JSON.stringify(solutionBrief(design), null, 2)}\n` }] }),
};

export const solutionBriefYamlExporter: Exporter = {
  id: 'solution-brief-yaml',
  label: 'Solution brief (YAML)',
  description: 'The solution brief as YAML.',
  language: 'yaml',
  export: (design) => ({ ok: true, files: [{ path: `${fileBaseName(design)}.solution-brief.yaml`, content: toYaml(solutionBrief(design)) }] }),
};
