import { testRule } from '../rule-tester';
import { replicationFactorGe3 } from './replication-factor-ge-3';

testRule(replicationFactorGe3, {
  valid: [
    { name: 'RF 3 (default)', design: { nodes: [{ kind: 'kafka-topic', id: 't' }] } },
    {
      name: 'RF 1 on a development cluster',
      design: {
        clusters: [{ id: 'dev', name: 'dev', broker: 'kafka', nodes: 1, environment: 'development' }],
        nodes: [{ kind: 'kafka-topic', id: 't', cluster: 'dev', replicationFactor: 1, config: { 'min.insync.replicas': 1 } }],
      },
    },
  ],
  invalid: [
    {
      name: 'RF 2 without a cluster (production by default)',
      design: { nodes: [{ kind: 'kafka-topic', id: 't', replicationFactor: 2, config: { 'min.insync.replicas': 1 } }] },
      findings: [{ target: 't', messageIncludes: 'replication factor 2' }],
      output: { nodes: { t: { replicationFactor: 3, config: { 'min.insync.replicas': 2 } } } },
    },
    {
      name: 'RF 1 on a 1-broker production cluster: the cluster grows too',
      design: {
        clusters: [{ id: 'k', name: 'k', broker: 'redpanda', nodes: 1 }],
        nodes: [{ kind: 'kafka-topic', id: 't', cluster: 'k', replicationFactor: 1, config: { 'min.insync.replicas': 1 } }],
      },
      findings: [{ target: 't' }],
      output: { nodes: { t: { replicationFactor: 3, config: { 'min.insync.replicas': 2 } } }, design: { clusters: [{ id: 'k', nodes: 3 }] } },
    },
  ],
});
