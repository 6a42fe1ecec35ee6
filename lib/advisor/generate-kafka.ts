import type { TemplateConnection, TemplateDesign, TemplateNode } from '../templates';
import { domainOf, eventNames, serviceNames } from './names';
import type { MessagingRequest } from './request';
import { describeRequest, requirementsOf } from './requirements-of';
import { consumerInstancesFor, partitionsFor, producerInstancesFor } from './sizing';

const HOUR_MS = 3_600_000;

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
  const exactlyOnce = request.delivery === 'exactly-once';
  const atMostOnce = request.delivery === 'at-most-once';
  const maxMessageBytes = request.messageSizeBytes > 900_000 ? Math.ceil(request.messageSizeBytes * 1.1) : undefined;
  const topicConfig = (retention: number) => ({
    'min.insync.replicas': 2,
    'cleanup.policy': 'delete',
    'retention.ms': retention,
    // Segments roll weekly by default; short retention needs shorter segments or data outlives it.
    ...(retention < 7 * 24 * HOUR_MS ? { 'segment.ms': Math.max(HOUR_MS, Math.floor(retention / 4)) } : {}),
    ...(maxMessageBytes ? { 'max.message.bytes': maxMessageBytes } : {}),
  });
  const dlq = `${domain}.dlq`;
  // A dead-letter topic keeps failures at least as long as their source, and at least two weeks.
  const dlqRetention = Math.max(retentionMs, 14 * 24 * HOUR_MS);

  // Each producer declares its share of the flow, so the review counts the request's rate once, not once per producer.
  const share = (rate: number) => Math.ceil(rate / producers.length);
  const nodes: TemplateNode[] = [
    ...producers.map((id) => ({
      kind: 'producer',
      id,
      instances: producerInstancesFor(request, producers.length),
      publishRate: share(request.throughput),
      ...(producers.length > 1
        ? { requirements: { throughput: share(request.throughput), ...(request.peakThroughput !== undefined ? { peakThroughput: share(request.peakThroughput) } : {}) } }
        : {}),
      messageSizeBytes: request.messageSizeBytes,
      keyStrategy: request.ordering === 'none' ? 'none' : 'entity-id',
      kafka: atMostOnce
        ? // At most once: no retries, so nothing is written twice and nothing is reordered.
          { acks: '1', 'enable.idempotence': false, retries: 0, 'linger.ms': 5, 'compression.type': 'lz4' }
        : {
            acks: 'all',
            'enable.idempotence': true,
            'linger.ms': 5,
            'compression.type': 'lz4',
            ...(exactlyOnce ? { 'transactional.id': `${id}-tx` } : {}),
            ...(maxMessageBytes ? { 'max.request.size': maxMessageBytes } : {}),
          },
    })),
    ...events.map((event) => ({
      kind: 'kafka-topic',
      id: event.channel,
      cluster: broker,
      partitions,
      replicationFactor: 3,
      config: topicConfig(retentionMs),
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
      config: topicConfig(dlqRetention),
      messageSchema: { name: 'DeadLetter', format: 'avro', version: '1', registry: true },
    },
    ...consumers.map((id) => ({
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
        ...(exactlyOnce ? { 'isolation.level': 'read_committed' } : {}),
      },
    })),
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
