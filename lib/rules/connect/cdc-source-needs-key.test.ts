import { testRule } from '../rule-tester';
import { cdcSourceNeedsKey } from './cdc-source-needs-key';

const DEBEZIUM = 'io.debezium.connector.mysql.MySqlConnector';
const topic = { kind: 'kafka-topic', id: 't' };

testRule(cdcSourceNeedsKey, {
  valid: [
    { name: 'every captured table has a primary key', design: { nodes: [{ kind: 'connect-source', id: 'cdc', connectorClass: DEBEZIUM }, topic], connections: [{ from: 'cdc', to: 't' }] } },
    {
      name: 'key columns named for keyless tables',
      design: {
        nodes: [{ kind: 'connect-source', id: 'cdc', connectorClass: DEBEZIUM, keyless: true, extra: { 'message.key.columns': 'shop.orders:id' } }, topic],
        connections: [{ from: 'cdc', to: 't' }],
      },
    },
    { name: 'a file source is not change data capture', design: { nodes: [{ kind: 'connect-source', id: 'files', keyless: true }, topic], connections: [{ from: 'files', to: 't' }] } },
  ],
  invalid: [
    {
      name: 'a keyless CDC source',
      design: { nodes: [{ kind: 'connect-source', id: 'cdc', connectorClass: DEBEZIUM, keyless: true }, topic], connections: [{ from: 'cdc', to: 't' }] },
      findings: [{ target: 'cdc', messageIncludes: 'no key' }],
    },
    {
      name: 'a keyless CDC source into a compacted topic',
      design: {
        nodes: [
          { kind: 'connect-source', id: 'cdc', connectorClass: DEBEZIUM, keyless: true },
          { ...topic, config: { 'cleanup.policy': 'compact' } },
        ],
        connections: [{ from: 'cdc', to: 't' }],
      },
      findings: [{ target: 'cdc', messageIncludes: 'rejects keyless records' }],
    },
  ],
});
