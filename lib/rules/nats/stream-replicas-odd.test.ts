import { testRule } from '../rule-tester';
import { streamReplicasOdd } from './stream-replicas-odd';

testRule(streamReplicasOdd, {
  valid: [{ name: 'R1, R3, R5', design: { nodes: [1, 3, 5].map((r) => ({ kind: 'nats-stream', id: `s${r}`, num_replicas: r })) } }],
  invalid: [
    {
      name: 'R2',
      design: { nodes: [{ kind: 'nats-stream', id: 'orders', num_replicas: 2 }] },
      findings: [{ target: 'orders', messageIncludes: 'num_replicas=2' }],
      output: { nodes: { orders: { num_replicas: 3 } } },
    },
    {
      name: 'R4 on a five-server cluster',
      design: { clusters: [{ id: 'n', name: 'n', broker: 'nats', nodes: 5 }], nodes: [{ kind: 'nats-stream', id: 'orders', num_replicas: 4, cluster: 'n' }] },
      findings: [{ target: 'orders', messageIncludes: 'than 3' }],
      output: { nodes: { orders: { num_replicas: 3 } } },
    },
    {
      name: 'R2 on a two-server cluster (no fix: R3 does not fit)',
      design: { clusters: [{ id: 'n', name: 'n', broker: 'nats', nodes: 2 }], nodes: [{ kind: 'nats-stream', id: 'orders', num_replicas: 2, cluster: 'n' }] },
      findings: [{ target: 'orders' }],
    },
  ],
});
