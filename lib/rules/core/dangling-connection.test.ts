import { testRule } from '../rule-tester';
import { danglingConnection } from './dangling-connection';

const nodes = [
  { kind: 'producer', id: 'api' },
  { kind: 'kafka-topic', id: 'orders' },
];

testRule(danglingConnection, {
  valid: [{ name: 'both ends exist', design: { nodes, connections: [{ from: 'api', to: 'orders' }] } }],
  invalid: [
    {
      name: 'a missing target and a missing source',
      design: {
        nodes,
        connections: [
          { id: 'a', from: 'api', to: 'payments', kind: 'publish' },
          { id: 'b', from: 'ghost', to: 'orders', kind: 'publish' },
          { from: 'api', to: 'orders' },
        ],
      },
      findings: [
        { target: 'a', messageIncludes: 'ends at "payments"' },
        { target: 'b', messageIncludes: 'starts at "ghost"' },
      ],
      output: { design: { connections: [{ id: 'api--orders' }] } },
    },
  ],
});
