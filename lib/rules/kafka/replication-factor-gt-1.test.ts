import { testRule } from '../rule-tester';
import { replicationFactorGt1 } from './replication-factor-gt-1';

const single = { kind: 'kafka-topic', id: 't', replicationFactor: 1, config: { 'min.insync.replicas': 1 } };

testRule(replicationFactorGt1, {
  valid: [
    { name: 'RF 3', design: { nodes: [{ kind: 'kafka-topic', id: 't' }] } },
    { name: 'RF 1 on a low-criticality flow', design: { requirements: { criticality: 'low' }, nodes: [single] } },
  ],
  invalid: [
    {
      name: 'RF 1 without a cluster',
      design: { nodes: [single] },
      findings: [{ target: 't', messageIncludes: 'normal-criticality' }],
      output: { nodes: { t: { replicationFactor: 3, config: { 'min.insync.replicas': 2 } } } },
    },
    {
      name: 'RF 1 on a 2-broker cluster',
      design: { clusters: [{ id: 'k', name: 'k', broker: 'kafka', nodes: 2 }], nodes: [{ ...single, cluster: 'k' }] },
      findings: [{ target: 't' }],
      output: { nodes: { t: { replicationFactor: 2, config: { 'min.insync.replicas': 1 } } } },
    },
    {
      name: 'RF 1 on a 1-broker cluster: no fix',
      design: { clusters: [{ id: 'k', name: 'k', broker: 'kafka', nodes: 1 }], nodes: [{ ...single, cluster: 'k' }] },
      findings: [{ target: 't' }],
    },
  ],
});
