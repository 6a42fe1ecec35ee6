import { testRule } from '../rule-tester';
import { minIsrLeReplicationFactor } from './min-isr-le-replication-factor';

testRule(minIsrLeReplicationFactor, {
  valid: [
    { name: 'defaults (RF 3, min ISR 2)', design: { nodes: [{ kind: 'kafka-topic', id: 't' }] } },
    { name: 'min ISR equal to RF', design: { nodes: [{ kind: 'kafka-topic', id: 't', replicationFactor: 2, config: { 'min.insync.replicas': 2 } }] } },
    {
      name: 'Redpanda ignores min.insync.replicas',
      design: {
        clusters: [{ id: 'rp', name: 'rp', broker: 'redpanda' }],
        nodes: [{ kind: 'kafka-topic', id: 't', cluster: 'rp', replicationFactor: 1, config: { 'min.insync.replicas': 2 } }],
      },
    },
  ],
  invalid: [
    {
      name: 'RF 1 with the default min ISR 2',
      design: { nodes: [{ kind: 'kafka-topic', id: 't', replicationFactor: 1 }] },
      findings: [{ target: 't', messageIncludes: 'only 1 replicas' }],
      output: { nodes: { t: { config: { 'min.insync.replicas': 1 } } } },
    },
    {
      name: 'RF 3 with min ISR 4',
      design: { nodes: [{ kind: 'kafka-topic', id: 't', config: { 'min.insync.replicas': 4 } }] },
      findings: [{ target: 't', messageIncludes: 'min.insync.replicas=4' }],
      output: { nodes: { t: { config: { 'min.insync.replicas': 2 } } } },
    },
  ],
});
