import type { TemplateConnection, TemplateDesign, TemplateNode } from '../templates';
import { domainOf, eventNames, serviceNames } from './names';
import type { MessagingRequest } from './request';
import { describeRequest, requirementsOf } from './requirements-of';
import { consumerInstancesFor, partitionsFor, producerInstancesFor } from './sizing';

const HOUR_MS = 3_600_000;

/** A topic's settings: replicated writes, deletion after `retentionMs`, and segments short enough for it. */
function topicConfig(retentionMs: number, maxMessageBytes: number | undefined) {
  return {
    'min.insync.replicas': 2,
    'cleanup.policy': 'delete',
    'retention.ms': retentionMs,
    // Segments roll weekly by default; short retention needs shorter segments or data outlives it.
    ...(retentionMs < 7 * 24 * HOUR_MS ? { 'segment.ms': Math.max(HOUR_MS, Math.floor(retentionMs / 4)) } : {}),
    ...(maxMessageBytes ? { 'max.message.bytes': maxMessageBytes } : {}),
  };
}

/** A producer sharing the request's throughput with `producerCount - 1` others, its client set for the delivery. */
function producerNode(request: MessagingRequest, id: string, producerCount: number, maxMessageBytes: number | undefined): TemplateNode {
  return {
    kind: 'producer',
    id,
    instances: producerInstancesFor(request, producerCount),
    publishRate: Math.ceil(request.throughput / producerCount),
    messageSizeBytes: request.messageSizeBytes,
    keyStrategy: request.ordering === 'none' ? 'none' : 'entity-id',
    kafka:
      request.delivery === 'at-most-once'
        ? // At most once: no retries, so nothing is written twice and nothing is reordered.
          { acks: '1', 'enable.idempotence': false, retries: 0, 'linger.ms': 5, 'compression.type': 'lz4' }
        : {
            acks: 'all',
            'enable.idempotence': true,
            'linger.ms': 5,
            'compression.type': 'lz4',
            ...(request.delivery === 'exactly-once' ? { 'transactional.id': `${id}-tx` } : {}),
            ...(maxMessageBytes ? { 'max.request.size': maxMessageBytes } : {}),
          },
  };
}

/** A consumer group that commits after processing (unless at most once), retries, and reads committed for exactly once. */
function consumerNode(request: MessagingRequest, id: string, partitions: number): TemplateNode {
  const atMostOnce = request.delivery === 'at-most-once';
  return {
    kind: 'consumer-group',
    id,
    instances: consumerInstancesFor(request, partitions),
    idempotent: !atMostOnce,
    lagAlert: true,
    retry: { maxRetries: 3, backoff: ['1s', '10s', '60s'] },
    commitAfterProcessing: !atMostOnce,
    kafka: {
      'enable.auto.commit': atMostOnce,
      'auto.offset.reset': 'earliest',
      'partition.assignment.strategy': 'cooperative-sticky',
      ...(request.delivery === 'exactly-once' ? { 'isolation.level': 'read_committed' } : {}),
    },
  };
}

/**
 * A starting Kafka (or Redpanda) topology: one topic per event, partitions
 * sized from the throughput, RF 3 / min ISR 2, retention from the request;
 * producers and consumers configured for the declared delivery (idempotent
 * producers with acks=all, commits after processing, transactions and
 * read_committed for exactly-once), a retry schedule and a dead-letter topic.
 */
export function generateKafka(request: MessagingRequest, broker: 'kafka' | 'redpanda'): TemplateDesign {
  const domain = domainOf(request);
  const events = eventNames(request);
  const { producers, consumers } = serviceNames(request);
  const partitions = partitionsFor(request);
  const retentionMs = Math.max(HOUR_MS, Math.round(request.retentionHours * HOUR_MS));
  const maxMessageBytes = request.messageSizeBytes > 900_000 ? Math.ceil(request.messageSizeBytes * 1.1) : undefined;
  const dlq = `${domain}.dlq`;
  // A dead-letter topic keeps failures at least as long as their source, and at least two weeks.
  const dlqRetention = Math.max(retentionMs, 14 * 24 * HOUR_MS);

  const nodes: TemplateNode[] = [
    ...producers.map((id) => producerNode(request, id, producers.length, maxMessageBytes)),
    ...events.map((event) => ({
      kind: 'kafka-topic',
      id: event.channel,
      cluster: broker,
      partitions,
      replicationFactor: 3,
      config: topicConfig(retentionMs, maxMessageBytes),
      messageSchema: { name: event.schema, format: 'avro', version: '1', registry: true },
    })),
    {
      kind: 'kafka-topic',
      id: dlq,
      cluster: broker,
      partitions: Math.min(partitions, 6),
      replicationFactor: 3,
      role: 'dead-letter',
      depthAlert: true,
      config: topicConfig(dlqRetention, maxMessageBytes),
      messageSchema: { name: 'DeadLetter', format: 'avro', version: '1', registry: true },
    },
    ...consumers.map((id) => consumerNode(request, id, partitions)),
  ];
  const connections: TemplateConnection[] = [
    ...producers.flatMap((p) => events.map((e) => ({ from: p, to: e.channel }))),
    ...events.flatMap((e) => consumers.map((c) => ({ from: e.channel, to: c }))),
    ...consumers.map((c) => ({ from: c, to: dlq })),
  ];
  return {
    name: `${request.useCase || domain} on ${broker === 'kafka' ? 'Kafka' : 'Redpanda'}`,
    notes: describeRequest(request, broker === 'kafka' ? 'Kafka' : 'Redpanda'),
    requirements: requirementsOf(request),
    clusters: [
      {
        id: broker,
        name: broker === 'kafka' ? 'Kafka' : 'Redpanda',
        broker,
        nodes: 3,
        racks: 3,
        config: broker === 'kafka' ? { 'auto.create.topics.enable': false } : {},
      },
    ],
    nodes,
    connections,
  };
}
