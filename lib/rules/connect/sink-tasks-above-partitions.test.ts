import { testRule } from '../rule-tester';
import { sinkTasksAbovePartitions } from './sink-tasks-above-partitions';

const sink = (config: Record<string, unknown>) => ({ kind: 'connect-sink', id: 'sink', name: 'to-warehouse', config });

testRule(sinkTasksAbovePartitions, {
  valid: [
    { name: 'as many tasks as partitions', design: { nodes: [{ kind: 'kafka-topic', id: 'a', partitions: 6 }, sink({ 'tasks.max': 6 })], connections: [{ from: 'a', to: 'sink' }] } },
    {
      name: 'partitions of all the topics it reads count together',
      design: {
        nodes: [{ kind: 'kafka-topic', id: 'a', partitions: 3 }, { kind: 'kafka-topic', id: 'b', partitions: 3 }, sink({ 'tasks.max': 6 })],
        connections: [
          { from: 'a', to: 'sink' },
          { from: 'b', to: 'sink' },
        ],
      },
    },
    { name: 'topics.regex: the topics are known only at run time', design: { nodes: [sink({ 'tasks.max': 50, 'topics.regex': 'orders\\..*' })] } },
    { name: 'the default of one task', design: { nodes: [{ kind: 'kafka-topic', id: 'a', partitions: 1 }, sink({})], connections: [{ from: 'a', to: 'sink' }] } },
  ],
  invalid: [
    {
      name: 'eight tasks for three partitions',
      design: { nodes: [{ kind: 'kafka-topic', id: 'a', partitions: 3 }, sink({ 'tasks.max': 8 })], connections: [{ from: 'a', to: 'sink' }] },
      findings: [{ target: 'sink', messageIncludes: '5 task(s) sit idle' }],
      output: { nodes: { sink: { config: { 'tasks.max': 3 } } } },
    },
  ],
});
