import { deadLetterTopic, kafkaCluster, kafkaGroup, kafkaTopic } from './kafka-parts';
import type { Template } from './template';

const TABLE_RETENTION = { 'min.insync.replicas': 2, 'cleanup.policy': 'compact,delete', 'retention.ms': 1_209_600_000 };

/**
 * Change data capture: Debezium (a Kafka Connect source) reads the
 * database's log and writes one topic per table, keyed by primary key; a
 * Connect sink loads the warehouse; failed records go to a dead-letter topic.
 */
export const cdcWarehouse: Template = {
  id: 'cdc-warehouse',
  title: 'CDC to a data warehouse',
  purpose: 'Debezium streams row changes from PostgreSQL, one topic per table keyed by primary key; a Kafka Connect sink loads the warehouse.',
  brokers: ['Kafka', 'Kafka Connect'],
  design: {
    name: 'CDC to a data warehouse',
    notes: 'Debezium publishes with exactly the primary key as the Kafka key, so every row stays in order. Topics are compacted and time-bounded: the last state of each row survives for re-snapshots. The sink uses errors.tolerance=all with errors.deadletterqueue.topic.name=cdc.dlq.',
    requirements: { throughput: 3000, peakThroughput: 15_000, messageSizeBytes: 1500, ordering: 'per-key', delivery: 'at-least-once', retentionHours: 336, maxConsumerOutageHours: 48, criticality: 'normal' },
    clusters: [kafkaCluster()],
    nodes: [
      {
        kind: 'producer',
        id: 'debezium-postgres',
        name: 'debezium-postgres (source connector)',
        instances: 1,
        publishRate: 3000,
        keyStrategy: 'entity-id',
        kafka: { acks: 'all', 'enable.idempotence': true, 'linger.ms': 10, 'compression.type': 'zstd' },
      },
      kafkaTopic('cdc.public.orders', 'orders row', { config: TABLE_RETENTION }),
      kafkaTopic('cdc.public.customers', 'customers row', { config: TABLE_RETENTION }),
      kafkaTopic('cdc.public.payments', 'payments row', { config: TABLE_RETENTION }),
      deadLetterTopic('cdc.dlq'),
      kafkaGroup('warehouse-sink', { name: 'warehouse-sink (Snowflake connector)', instances: 3, concurrency: 1 }),
    ],
    connections: [
      { from: 'debezium-postgres', to: 'cdc.public.orders' },
      { from: 'debezium-postgres', to: 'cdc.public.customers' },
      { from: 'debezium-postgres', to: 'cdc.public.payments' },
      { from: 'cdc.public.orders', to: 'warehouse-sink' },
      { from: 'cdc.public.customers', to: 'warehouse-sink' },
      { from: 'cdc.public.payments', to: 'warehouse-sink' },
      { from: 'warehouse-sink', to: 'cdc.dlq' },
    ],
  },
};
