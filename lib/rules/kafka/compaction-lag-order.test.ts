import { testRule } from '../rule-tester';
import { compactionLagOrder } from './compaction-lag-order';

testRule(compactionLagOrder, {
  valid: [
    { name: 'neither set', design: { nodes: [{ kind: 'kafka-topic', id: 't' }] } },
    { name: 'only a minimum', design: { nodes: [{ kind: 'kafka-topic', id: 't', config: { 'min.compaction.lag.ms': 999999999 } }] } },
    { name: 'equal values', design: { nodes: [{ kind: 'kafka-topic', id: 't', config: { 'min.compaction.lag.ms': 1000, 'max.compaction.lag.ms': 1000 } }] } },
  ],
  invalid: [
    {
      name: 'minimum above maximum',
      design: { nodes: [{ kind: 'kafka-topic', id: 't', config: { 'min.compaction.lag.ms': 5000, 'max.compaction.lag.ms': 1000 } }] },
      findings: [{ target: 't', messageIncludes: 'min.compaction.lag.ms=5000' }],
      output: { nodes: { t: { config: { 'min.compaction.lag.ms': 1000, 'max.compaction.lag.ms': 5000 } } } },
    },
  ],
});
