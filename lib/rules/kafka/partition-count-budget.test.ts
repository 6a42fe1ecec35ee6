import { testRule } from '../rule-tester';
import { partitionCountBudget } from './partition-count-budget';

const kafka = { id: 'k', name: 'main', broker: 'kafka', nodes: 3 };
const topic = (id: string, partitions: number) => ({ kind: 'kafka-topic', id, cluster: 'k', partitions });

testRule(partitionCountBudget, {
  valid: [
    { name: 'a normal cluster', design: { clusters: [kafka], nodes: [topic('a', 12), topic('b', 12)] } },
    { name: 'Redpanda is sized per core', design: { clusters: [{ ...kafka, broker: 'redpanda' }], nodes: [topic('a', 9000)] } },
    { name: 'topics without a cluster', design: { nodes: [{ kind: 'kafka-topic', id: 'a', partitions: 50000 }] } },
    { name: '600 per broker without a latency target', design: { clusters: [kafka], nodes: [topic('a', 600)] } },
  ],
  invalid: [
    {
      name: 'over 4000 replicas per broker, counting planned growth',
      design: { clusters: [kafka], nodes: [topic('a', 2000), { ...topic('b', 1000), plannedPartitions: 3000 }] },
      findings: [{ messageIncludes: '5000 partition replicas per broker' }],
    },
    {
      name: 'latency-sensitive flows on a busy small cluster',
      design: {
        requirements: { latencyMs: 20 },
        clusters: [kafka],
        nodes: [{ kind: 'producer', id: 'api' }, topic('a', 1000)],
        connections: [{ from: 'api', to: 'a' }],
      },
      findings: [{ messageIncludes: '100 × 3 brokers × RF 3 = 900' }],
    },
    {
      name: 'over 200000 partitions in the cluster',
      design: {
        clusters: [{ ...kafka, nodes: 200 }],
        nodes: [100000, 60000, 40001].map((n, i) => ({ ...topic(`t${i}`, n), replicationFactor: 1, config: { 'min.insync.replicas': 1 } })),
      },
      findings: [{ messageIncludes: '200001 partitions' }],
    },
  ],
});
