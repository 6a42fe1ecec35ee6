import { testRule } from '../rule-tester';
import { qqPrefetchCap } from './qq-prefetch-cap';

const consume = [{ from: 'orders', to: 'billing' }];

testRule(qqPrefetchCap, {
  valid: [
    {
      name: 'prefetch 300 on a quorum queue',
      design: {
        nodes: [
          { kind: 'rabbitmq-queue', id: 'orders' },
          { kind: 'consumer-group', id: 'billing', prefetch: 300 },
        ],
        connections: consume,
      },
    },
    {
      name: 'prefetch 5000 on a classic queue',
      design: {
        nodes: [
          { kind: 'rabbitmq-queue', id: 'orders', type: 'classic' },
          { kind: 'consumer-group', id: 'billing', prefetch: 5000 },
        ],
        connections: consume,
      },
    },
  ],
  invalid: [
    {
      name: 'prefetch 5000 on a quorum queue',
      design: {
        nodes: [
          { kind: 'rabbitmq-queue', id: 'orders' },
          { kind: 'consumer-group', id: 'billing', prefetch: 5000 },
        ],
        connections: consume,
      },
      findings: [{ target: 'billing', messageIncludes: 'prefetch 5000' }],
      output: { nodes: { billing: { prefetch: 300 } } },
    },
  ],
});
