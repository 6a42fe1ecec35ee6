import { deadLetterTopic, kafkaCluster, kafkaTopic } from './kafka-parts';
import type { Template } from './template';

const TABLE_RETENTION = { 'min.insync.replicas': 2, 'cleanup.policy': 'compact,delete', 'retention.ms': 1_209_600_000 };
const AVRO = 'io.confluent.connect.avro.AvroConverter';
const REGISTRY = 'http://schema-registry:8081';

/**
 * Change data capture: a Debezium source connector reads PostgreSQL's log
 * and writes one topic per table, keyed by primary key; a Snowflake sink
 * connector loads the warehouse; records it cannot convert go to a
 * dead-letter topic with the failure in their headers.
 */
export const cdcWarehouse: Template = {
  id: 'cdc-warehouse',
  title: 'CDC to a data warehouse',
  purpose: 'Debezium streams row changes from PostgreSQL, one topic per table keyed by primary key; a Kafka Connect sink loads the warehouse.',
  brokers: ['Kafka', 'Kafka Connect'],
  design: {
    name: 'CDC to a data warehouse',
    notes:
      "Debezium keys every change event by the row's primary key, so every row stays in order. Topics are compacted and time-bounded: the last state of each row survives for re-snapshots. Both connectors use Avro with the schema registry, as the topics declare. The sink skips records it cannot convert into cdc.dlq, with the error in __connect.errors.* headers.",
    requirements: {
      throughput: 3000,
      peakThroughput: 15_000,
      messageSizeBytes: 1500,
      ordering: 'per-key',
      delivery: 'at-least-once',
      retentionHours: 336,
      maxConsumerOutageHours: 48,
      criticality: 'normal',
    },
    clusters: [kafkaCluster()],
    nodes: [
      { kind: 'external-system', id: 'shop-postgres', name: 'shop PostgreSQL', system: 'postgresql' },
      {
        kind: 'connect-source',
        id: 'debezium-postgres',
        connectorClass: 'io.debezium.connector.postgresql.PostgresConnector',
        // The PostgreSQL connector reads one replication slot: it always runs one task.
        config: { 'tasks.max': 1, 'key.converter': AVRO, 'key.converter.schema.registry.url': REGISTRY, 'value.converter': AVRO, 'value.converter.schema.registry.url': REGISTRY },
        extra: {
          'database.hostname': 'shop-db',
          'database.port': '5432',
          'database.dbname': 'shop',
          'database.user': 'debezium',
          'plugin.name': 'pgoutput',
          'topic.prefix': 'cdc',
          'table.include.list': 'public.orders,public.customers,public.payments',
        },
      },
      kafkaTopic('cdc.public.orders', 'orders row', { config: TABLE_RETENTION }),
      kafkaTopic('cdc.public.customers', 'customers row', { config: TABLE_RETENTION }),
      kafkaTopic('cdc.public.payments', 'payments row', { config: TABLE_RETENTION }),
      deadLetterTopic('cdc.dlq'),
      {
        kind: 'connect-sink',
        id: 'warehouse-sink',
        connectorClass: 'com.snowflake.kafka.connector.SnowflakeSinkConnector',
        config: {
          'tasks.max': 6,
          'key.converter': AVRO,
          'key.converter.schema.registry.url': REGISTRY,
          'value.converter': AVRO,
          'value.converter.schema.registry.url': REGISTRY,
          'errors.tolerance': 'all',
          'errors.log.enable': true,
          'errors.deadletterqueue.context.headers.enable': true,
        },
        extra: {
          'snowflake.url.name': 'acme.snowflakecomputing.com:443',
          'snowflake.user.name': 'kafka_connector',
          'snowflake.database.name': 'ANALYTICS',
          'snowflake.schema.name': 'CDC',
          'snowflake.ingestion.method': 'SNOWPIPE_STREAMING',
        },
      },
      { kind: 'external-system', id: 'snowflake', name: 'Snowflake ANALYTICS', system: 'snowflake' },
    ],
    connections: [
      { from: 'shop-postgres', to: 'debezium-postgres' },
      { from: 'debezium-postgres', to: 'cdc.public.orders' },
      { from: 'debezium-postgres', to: 'cdc.public.customers' },
      { from: 'debezium-postgres', to: 'cdc.public.payments' },
      { from: 'cdc.public.orders', to: 'warehouse-sink' },
      { from: 'cdc.public.customers', to: 'warehouse-sink' },
      { from: 'cdc.public.payments', to: 'warehouse-sink' },
      { from: 'warehouse-sink', to: 'cdc.dlq' },
      { from: 'warehouse-sink', to: 'snowflake' },
    ],
  },
};
