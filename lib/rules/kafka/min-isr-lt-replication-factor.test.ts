import { testRule } from '../rule-tester';
import { minIsrLtReplicationFactor } from './min-isr-lt-replication-factor';

testRule(minIsrLtReplicationFactor, {
  valid: [
    { name: 'defaults', design: { nodes: [{ kind: 'kafka-topic', id: 't' }] } },
    { name: 'RF 1, min ISR 1 (nothing to spare)', design: { nodes: [{ kind: 'kafka-topic', id: 't', replicationFactor: 1, config: { 'min.insync.replicas': 1 } }] } },
  ],
  invalid: [
    {
      name: 'RF 3, min ISR 3',
      design: { nodes: [{ kind: 'kafka-topic', id: 't', config: { 'min.insync.replicas': 3 } }] },
      findings: [{ target: 't', messageIncludes: 'all 3 replicas' }],
      output: { nodes: { t: { config: { 'min.insync.replicas': 2 } } } },
    },
    {
      name: 'RF 2, min ISR 2',
      design: { nodes: [{ kind: 'kafka-topic', id: 't', replicationFactor: 2 }] },
      findings: [{ target: 't' }],
      output: { nodes: { t: { config: { 'min.insync.replicas': 1 } } } },
    },
  ],
});
