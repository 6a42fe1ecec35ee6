import { nodesOfKind } from '../../design';
import { DEBEZIUM_KEY_COLUMNS, isCdcConnector } from '../../brokers/kafka-connect/plugins';
import { defineRule } from '../rule';
import { topicsWrittenBy } from './_topics';

export const cdcSourceNeedsKey = defineRule({
  meta: {
    id: 'connect/cdc-source-needs-key',
    category: 'ordering',
    severity: 'error',
    reads: ['kafka-topic', 'connect-source'],
    summary: 'A change-data-capture source must key every change event by its row.',
    messages: {
      keyless: 'CDC source "{connector}" captures tables without a primary key and sets no message.key.columns: their change events have no key, so changes of one row lose their order{compacted}.',
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
