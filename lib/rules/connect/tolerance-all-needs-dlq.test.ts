import { testRule } from '../rule-tester';
import { toleranceAllNeedsDlq } from './tolerance-all-needs-dlq';

const topic = { kind: 'kafka-topic', id: 'orders' };
const dlq = { kind: 'kafka-topic', id: 'orders-dlq', role: 'dead-letter' };

testRule(toleranceAllNeedsDlq, {
  valid: [
    { name: 'the default tolerance (none) stops on a bad record', design: { nodes: [topic, { kind: 'connect-sink', id: 'sink' }], connections: [{ from: 'orders', to: 'sink' }] } },
    {
      name: 'tolerance all with a dead-letter topic',
      design: {
        nodes: [topic, dlq, { kind: 'connect-sink', id: 'sink', config: { 'errors.tolerance': 'all' } }],
        connections: [
          { from: 'orders', to: 'sink' },
          { from: 'sink', to: 'orders-dlq' },
        ],
      },
    },
    {
      name: 'a source connector (Connect has no DLQ for sources)',
      design: { nodes: [topic, { kind: 'connect-source', id: 'src', config: { 'errors.tolerance': 'all' } }], connections: [{ from: 'src', to: 'orders' }] },
    },
  ],
  invalid: [
    {
      name: 'tolerance all without a dead-letter topic',
      design: { nodes: [topic, { kind: 'connect-sink', id: 'sink', name: 'orders to warehouse', config: { 'errors.tolerance': 'all' } }], connections: [{ from: 'orders', to: 'sink' }] },
      findings: [{ target: 'sink', messageIncludes: '"orders to warehouse"' }],
      output: { nodes: { sink: { config: { 'errors.tolerance': 'none' } } } },
    },
  ],
});
