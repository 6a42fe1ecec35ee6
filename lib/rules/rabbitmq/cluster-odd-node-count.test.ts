import { testRule } from '../rule-tester';
import { clusterOddNodeCount } from './cluster-odd-node-count';

const cluster = (nodes: number, extra: Record<string, unknown> = {}) => ({ id: 'r', name: 'Rabbit', broker: 'rabbitmq', nodes, ...extra });

testRule(clusterOddNodeCount, {
  valid: [
    { name: '3 nodes', design: { clusters: [cluster(3)] } },
    { name: '1 node', design: { clusters: [cluster(1)] } },
    { name: '2 nodes in development', design: { clusters: [cluster(2, { environment: 'development' })] } },
    { name: 'a 4-broker Kafka cluster', design: { clusters: [{ ...cluster(4), broker: 'kafka' }] } },
  ],
  invalid: [
    {
      name: '4 nodes',
      design: { clusters: [cluster(4)] },
      findings: [{ messageIncludes: 'than 3 nodes' }],
      output: { design: { clusters: [{ id: 'r', nodes: 5 }] } },
    },
    {
      name: '2 nodes',
      design: { clusters: [cluster(2)] },
      findings: [{ messageIncludes: '2 nodes' }],
      output: { design: { clusters: [{ id: 'r', nodes: 3 }] } },
    },
  ],
});
