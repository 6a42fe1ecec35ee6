import { nodesOfKind } from '../../design';
import { DEBEZIUM_KEY_COLUMNS, isCdcConnector } from '../../brokers/kafka-connect/plugins';
import { defineRule } from '../rule';
import { topicsWrittenBy } from './_topics';

export const cdcSourceNeedsKey = defineRule({
  meta: {
    id: 'connect/cdc-source-needs-key',
    category: 'ordering',
    severity: 'error',
    docs: {
      summary: 'A change-data-capture source must key every change event by its row.',
      rationale:
        'Debezium keys each change event by the row\'s primary key, so all changes of one row land in one partition, in commit order, and a compacted topic keeps the latest state of each row. A captured table without a primary key yields events with a null key: they spread over partitions round-robin, so an update can be applied before the insert it follows, and a compacted topic rejects keyless records outright.',
      howToFix: 'Give the table a primary key, or name its key columns with Debezium\'s message.key.columns (e.g. inventory.orders:order_id).',
      sources: [
        { label: 'Debezium PostgreSQL connector: change event keys and message.key.columns', url: 'https://debezium.io/documentation/reference/stable/connectors/postgresql.html#postgresql-property-message-key-columns' },
        { label: 'Kafka topic configs: cleanup.policy (compaction keeps the latest value per key)', url: 'https://kafka.apache.org/documentation/#topicconfigs_cleanup.policy' },
      ],
    },
    messages: {
      keyless: 'CDC source "{connector}" captures tables without a primary key and sets no message.key.columns: their change events have no key, so changes of one row lose their order{compacted}.',
    },
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
  },
  check({ design, report }) {
    for (const source of nodesOfKind(design, 'connect-source')) {
      if (!isCdcConnector(source.connectorClass) || !source.keyless) continue;
      if ((source.extra[DEBEZIUM_KEY_COLUMNS] ?? '').trim() !== '') continue;
      const compacted = topicsWrittenBy(design, source.id).filter((t) => t.config['cleanup.policy'].includes('compact'));
      report({
        target: { type: 'node', id: source.id },
        messageId: 'keyless',
        data: { connector: source.name, compacted: compacted.length > 0 ? `, and compacted topic "${compacted[0].name}" rejects keyless records` : '' },
      });
    }
  },
});
