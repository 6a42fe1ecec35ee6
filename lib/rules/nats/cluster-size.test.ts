import { testRule } from '../rule-tester';
import { clusterSize } from './cluster-size';

const stream = { kind: 'nats-stream', id: 'orders', cluster: 'n', num_replicas: 1 };
const cluster = (nodes: number, environment = 'production') => [{ id: 'n', name: 'core', broker: 'nats', nodes, environment }];

testRule(clusterSize, {
  valid: [
    { name: 'three servers', design: { clusters: cluster(3), nodes: [stream] } },
    { name: 'five servers', design: { clusters: cluster(5), nodes: [stream] } },
    { name: 'one server in development', design: { clusters: cluster(1, 'development'), nodes: [stream] } },
    { name: 'a NATS cluster without streams', design: { clusters: cluster(1), nodes: [] } },
  ],
  invalid: [
    {
      name: 'one production server',
      design: { clusters: cluster(1), nodes: [stream] },
      findings: [{ messageIncludes: '"core" has 1 server' }],
      output: { design: { clusters: [{ id: 'n', nodes: 3 }] } },
    },
    {
      name: 'four servers',
      design: { clusters: cluster(4), nodes: [stream] },
      findings: [{ messageIncludes: 'tolerate 1 failure' }],
      output: { design: { clusters: [{ id: 'n', nodes: 5 }] } },
    },
    { name: 'seven servers (no fix)', design: { clusters: cluster(7), nodes: [stream] }, findings: [{ messageIncludes: '7 server' }] },
  ],
});
