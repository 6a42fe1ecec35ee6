import { testRule } from '../rule-tester';
import { withWriter } from '../../design/build-design';
import { partitionGrowthLoss } from './partition-growth-loss';

const growing = { kind: 'kafka-topic', id: 't', partitions: 6, plannedPartitions: 12 };
const latest = { kind: 'consumer-group', id: 'g', kafka: { 'auto.offset.reset': 'latest' } };
const consume = [{ from: 't', to: 'g' }];

testRule(partitionGrowthLoss, {
  valid: [
    { name: 'earliest (design default)', design: { nodes: [growing, { kind: 'consumer-group', id: 'g' }], connections: consume } },
    { name: 'latest without planned growth', design: { nodes: [{ kind: 'kafka-topic', id: 't' }, latest], connections: consume } },
    { name: 'latest on an at-most-once flow', design: withWriter({ requirements: { delivery: 'at-most-once' }, nodes: [growing, latest], connections: consume }, 't') },
    { name: 'a group reading a topic no flow reaches (unknown needs)', design: { nodes: [growing, latest], connections: consume } },
  ],
  invalid: [
    {
      name: 'latest with planned growth',
      design: withWriter({ nodes: [growing, latest], connections: consume }, 't'),
      findings: [{ target: 't--g', messageIncludes: 'grow to 12 partitions' }],
      output: { nodes: { g: { kafka: { 'auto.offset.reset': 'earliest' } } } },
    },
  ],
});
