import { testRule } from '../rule-tester';
import { noPartitionDecrease } from './no-partition-decrease';

testRule(noPartitionDecrease, {
  valid: [
    { name: 'no plan', design: { nodes: [{ kind: 'kafka-topic', id: 't' }] } },
    { name: 'planned growth', design: { nodes: [{ kind: 'kafka-topic', id: 't', partitions: 6, plannedPartitions: 12 }] } },
  ],
  invalid: [
    {
      name: 'planned shrink',
      design: { nodes: [{ kind: 'kafka-topic', id: 't', partitions: 12, plannedPartitions: 3 }] },
      findings: [{ target: 't', messageIncludes: 'from 12 to 3 partitions' }],
    },
  ],
});
