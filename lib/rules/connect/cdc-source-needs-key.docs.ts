import type { RuleDocs } from '../rule-docs';

/** The docs and examples of `connect/cdc-source-needs-key`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "Debezium keys each change event by the row's primary key, so all changes of one row land in one partition, in commit order, and a compacted topic keeps the latest state of each row. A captured table without a primary key yields events with a null key: they spread over partitions round-robin, so an update can be applied before the insert it follows, and a compacted topic rejects keyless records outright.",
  howToFix: "Give the table a primary key, or name its key columns with Debezium's message.key.columns (e.g. inventory.orders:order_id).",
  sources: [
    {
      label: 'Debezium PostgreSQL connector: change event keys and message.key.columns',
      url: 'https://debezium.io/documentation/reference/stable/connectors/postgresql.html#postgresql-property-message-key-columns',
    },
    { label: 'Kafka topic configs: cleanup.policy (compaction keeps the latest value per key)', url: 'https://kafka.apache.org/documentation/#topicconfigs_cleanup.policy' },
  ],
  examples: {
    failing: {
      nodes: [
        { kind: 'connect-source', id: 'orders-cdc', connectorClass: 'io.debezium.connector.postgresql.PostgresConnector', keyless: true },
        { kind: 'kafka-topic', id: 'shop.public.orders' },
      ],
      connections: [{ from: 'orders-cdc', to: 'shop.public.orders' }],
    },
    passing: {
      nodes: [
        { kind: 'connect-source', id: 'orders-cdc', connectorClass: 'io.debezium.connector.postgresql.PostgresConnector', keyless: true, extra: { 'message.key.columns': 'public.orders:order_id' } },
        { kind: 'kafka-topic', id: 'shop.public.orders' },
      ],
      connections: [{ from: 'orders-cdc', to: 'shop.public.orders' }],
    },
  },
};
