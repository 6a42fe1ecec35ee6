import { testRule } from '../rule-tester';
import { withWriter } from '../../design/build-design';
import { partitionIncreaseRemapsKeys } from './partition-increase-remaps-keys';

const growing = { kind: 'kafka-topic', id: 't', partitions: 6, plannedPartitions: 12 };

testRule(partitionIncreaseRemapsKeys, {
  valid: [
    { name: 'no planned growth', design: withWriter({ nodes: [{ kind: 'kafka-topic', id: 't' }] }, 't') },
    { name: 'growth on an unordered delete topic', design: withWriter({ requirements: { ordering: 'none' }, nodes: [growing] }, 't') },
  ],
  invalid: [
    {
      name: 'growth on a per-key ordered topic',
      design: withWriter({ nodes: [growing] }, 't'),
      findings: [{ target: 't', messageIncludes: 'breaks per-key order' }],
      output: { nodes: { t: { partitions: 12 } } },
    },
    {
      name: 'growth on a compacted topic',
      design: { requirements: { ordering: 'none' }, nodes: [{ ...growing, config: { 'cleanup.policy': 'compact' } }] },
      findings: [{ target: 't', messageIncludes: 'is compacted' }],
      output: { nodes: { t: { partitions: 12 } } },
    },
  ],
});
