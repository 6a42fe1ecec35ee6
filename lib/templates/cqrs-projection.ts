import { deadLetterTopic, kafkaCluster, kafkaGroup, kafkaProducer, kafkaTopic } from './kafka-parts';
import type { Template } from './template';

/**
 * CQRS: the command side writes product changes and publishes them through
 * a transactional outbox; the query side keeps two read models, each shaped
 * for its queries, rebuilt by replaying the topic.
 */
export const cqrsProjection: Template = {
  id: 'cqrs-projection',
  title: 'CQRS read-model projection',
  purpose: 'Product changes flow from the command side to a search index and a details view, each an idempotent, rebuildable projection.',
  brokers: ['Kafka'],
  design: {
    name: 'CQRS read-model projections',
    notes:
      'The catalog service writes its table and an outbox row in one transaction; the outbox relay publishes keyed by product id. Projections store the last applied product version with each row and skip older events, so a replay or a redelivery changes nothing. Queries are eventually consistent (typically under a second behind).',
    requirements: {
      throughput: 200,
      peakThroughput: 2000,
      messageSizeBytes: 3072,
      latencyMs: 1000,
      ordering: 'per-key',
      delivery: 'at-least-once',
      retentionHours: 720,
      maxConsumerOutageHours: 48,
      criticality: 'normal',
    },
    clusters: [kafkaCluster()],
    nodes: [
      kafkaProducer('catalog-service', { name: 'catalog-service (commands + outbox)', publishRate: 200, messageSizeBytes: 3072 }),
      kafkaTopic('catalog.product-events', 'ProductChanged', { partitions: 6, config: { 'min.insync.replicas': 2, 'cleanup.policy': 'delete', 'retention.ms': 2_592_000_000 } }),
      kafkaGroup('search-projector', { instances: 2 }),
      kafkaGroup('details-projector', { instances: 2 }),
      { kind: 'projection', id: 'product-search', name: 'product-search (Elasticsearch)', targetStore: 'elasticsearch', idempotentApply: true, rebuild: 'from-start', checkpoint: 'separate' },
      { kind: 'projection', id: 'product-details', name: 'product-details (PostgreSQL)', targetStore: 'postgresql', idempotentApply: true, rebuild: 'from-start', checkpoint: 'with-read-model' },
      deadLetterTopic('catalog.dlq', { config: { 'min.insync.replicas': 2, 'cleanup.policy': 'delete', 'retention.ms': 2_592_000_000 } }),
    ],
    connections: [
      { from: 'catalog-service', to: 'catalog.product-events' },
      { from: 'catalog.product-events', to: 'search-projector' },
      { from: 'catalog.product-events', to: 'details-projector' },
      { from: 'search-projector', to: 'product-search' },
      { from: 'details-projector', to: 'product-details' },
      { from: 'search-projector', to: 'catalog.dlq' },
      { from: 'details-projector', to: 'catalog.dlq' },
    ],
  },
};
