import { testRule } from '../rule-tester';
import { replicationFactorGt1 } from './replication-factor-gt-1';

const single = { kind: 'kafka-topic', id: 't', replicationFactor: 1, config: { 'min.insync.replicas': 1 } };
/** A producer writing to the topic: a topic no flow reaches has unknown needs and is not judged. */
const writer = { nodes: [{ kind: 'producer', id: 'p' }], connections: [{ from: 'p', to: 't' }] };
const flow = (topic: typeof single & { cluster?: string }) => ({ nodes: [...writer.nodes, topic], connections: writer.connections });

testRule(replicationFactorGt1, {
  valid: [
    { name: 'RF 3', design: { nodes: [{ kind: 'kafka-topic', id: 't' }] } },
    { name: 'RF 1 on a low-criticality flow', design: { requirements: { criticality: 'low' }, ...flow(single) } },
    { name: 'RF 1 on a topic no flow reaches (unknown needs)', design: { nodes: [single] } },
  ],
  invalid: [
    {
      name: 'RF 1 without a cluster',
      design: flow(single),
      findings: [{ target: 't', messageIncludes: 'normal-criticality' }],
      output: { nodes: { t: { replicationFactor: 3, config: { 'min.insync.replicas': 2 } } } },
    },
    {
      name: 'RF 1 on a 2-broker cluster',
      design: { clusters: [{ id: 'k', name: 'k', broker: 'kafka', nodes: 2 }], ...flow({ ...single, cluster: 'k' }) },
      findings: [{ target: 't' }],
      output: { nodes: { t: { replicationFactor: 2, config: { 'min.insync.replicas': 1 } } } },
    },
    {
      name: 'RF 1 on a 1-broker cluster: no fix',
      design: { clusters: [{ id: 'k', name: 'k', broker: 'kafka', nodes: 1 }], ...flow({ ...single, cluster: 'k' }) },
      findings: [{ target: 't' }],
    },
  ],
});
