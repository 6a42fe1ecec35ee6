import { testRule } from '../rule-tester';
import { streamReplicasHa } from './stream-replicas-ha';

const api = { kind: 'producer', id: 'api' };
const publish = [{ from: 'api', to: 'orders' }];

testRule(streamReplicasHa, {
  valid: [
    { name: 'R3 (the default)', design: { nodes: [api, { kind: 'nats-stream', id: 'orders' }], connections: publish } },
    {
      name: 'R1 on a low-criticality flow',
      design: {
        nodes: [
          { ...api, requirements: { criticality: 'low' } },
          { kind: 'nats-stream', id: 'orders', num_replicas: 1 },
        ],
        connections: publish,
      },
    },
    {
      name: 'R1 on a development cluster',
      design: {
        clusters: [{ id: 'dev', broker: 'nats', name: 'dev', nodes: 1, environment: 'development' }],
        nodes: [api, { kind: 'nats-stream', id: 'orders', num_replicas: 1, cluster: 'dev' }],
        connections: publish,
      },
    },
  ],
  invalid: [
    {
      name: 'R1 on the default flow',
      design: { nodes: [api, { kind: 'nats-stream', id: 'orders', num_replicas: 1 }], connections: publish },
      findings: [{ target: 'orders', messageIncludes: 'num_replicas=1' }],
      output: { nodes: { orders: { num_replicas: 3 } } },
    },
    {
      name: 'R1 on a critical flow of a one-server production cluster (no fix: R3 needs three servers)',
      design: {
        clusters: [{ id: 'n', broker: 'nats', name: 'n', nodes: 1 }],
        nodes: [
          { ...api, requirements: { criticality: 'critical' } },
          { kind: 'nats-stream', id: 'orders', num_replicas: 1, cluster: 'n' },
        ],
        connections: publish,
      },
      findings: [{ target: 'orders', messageIncludes: 'critical' }],
    },
  ],
});
