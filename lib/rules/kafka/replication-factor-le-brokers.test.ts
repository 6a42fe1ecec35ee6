import { testRule } from '../rule-tester';
import { replicationFactorLeBrokers } from './replication-factor-le-brokers';

testRule(replicationFactorLeBrokers, {
  valid: [
    { name: 'RF 3 on 3 brokers', design: { clusters: [{ id: 'k', name: 'k', broker: 'kafka' }], nodes: [{ kind: 'kafka-topic', id: 't', cluster: 'k' }] } },
    { name: 'no cluster declared', design: { nodes: [{ kind: 'kafka-topic', id: 't', replicationFactor: 5 }] } },
  ],
  invalid: [
    {
      name: 'production: grow the cluster',
      design: { clusters: [{ id: 'k', name: 'k', broker: 'kafka', nodes: 2 }], nodes: [{ kind: 'kafka-topic', id: 't', cluster: 'k' }] },
      findings: [{ target: 't', messageIncludes: 'has 2 brokers' }],
      output: { design: { clusters: [{ id: 'k', nodes: 3 }] } },
    },
    {
      name: 'development: lower the replication factor',
      design: {
        clusters: [{ id: 'k', name: 'k', broker: 'kafka', nodes: 1, environment: 'development' }],
        nodes: [{ kind: 'kafka-topic', id: 't', cluster: 'k' }],
      },
      findings: [{ target: 't' }],
      output: { nodes: { t: { replicationFactor: 1, config: { 'min.insync.replicas': 1 } } } },
    },
  ],
});
