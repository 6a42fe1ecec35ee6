import { testRule } from '../rule-tester';
import { noForcedFlush } from './no-forced-flush';

testRule(noForcedFlush, {
  valid: [
    { name: 'no flush settings', design: { nodes: [{ kind: 'kafka-topic', id: 't' }] } },
    {
      name: 'Redpanda topic with flush.ms',
      design: { clusters: [{ id: 'rp', name: 'rp', broker: 'redpanda' }], nodes: [{ kind: 'kafka-topic', id: 't', cluster: 'rp', config: { 'flush.ms': 100 } }] },
    },
  ],
  invalid: [
    {
      name: 'both flush settings',
      design: { nodes: [{ kind: 'kafka-topic', id: 't', config: { 'flush.messages': 1000, 'flush.ms': 1000 } }] },
      findings: [{ target: 't', messageIncludes: 'flush.messages=1000, flush.ms=1000' }],
      output: { nodes: { t: { config: { 'min.insync.replicas': 2 } } } },
    },
  ],
});
