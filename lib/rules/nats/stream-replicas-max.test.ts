import { testRule } from '../rule-tester';
import { streamReplicasMax } from './stream-replicas-max';

const cluster = (nodes: number) => [{ id: 'n', name: 'n', broker: 'nats', nodes }];

testRule(streamReplicasMax, {
  valid: [
    { name: 'R3 on three servers', design: { clusters: cluster(3), nodes: [{ kind: 'nats-stream', id: 'orders', cluster: 'n' }] } },
    { name: 'R5 on seven servers', design: { clusters: cluster(7), nodes: [{ kind: 'nats-stream', id: 'orders', cluster: 'n', num_replicas: 5 }] } },
    { name: 'no cluster declared', design: { nodes: [{ kind: 'nats-stream', id: 'orders', num_replicas: 5 }] } },
  ],
  invalid: [
    {
      name: 'R3 on a single server',
      design: { clusters: cluster(1), nodes: [{ kind: 'nats-stream', id: 'orders', cluster: 'n' }] },
      findings: [{ target: 'orders', messageIncludes: '1 JetStream server' }],
      output: { nodes: { orders: { num_replicas: 1 } } },
    },
    {
      name: 'R5 on four servers',
      design: { clusters: cluster(4), nodes: [{ kind: 'nats-stream', id: 'orders', cluster: 'n', num_replicas: 5 }] },
      findings: [{ target: 'orders', messageIncludes: 'num_replicas=5' }],
      output: { nodes: { orders: { num_replicas: 3 } } },
    },
  ],
});
