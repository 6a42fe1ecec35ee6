import { testRule } from '../rule-tester';
import { idleConsumers } from './idle-consumers';

const topic = (id: string, partitions: number) => ({ kind: 'kafka-topic', id, partitions });

testRule(idleConsumers, {
  valid: [
    { name: 'defaults', design: { nodes: [topic('t', 6), { kind: 'consumer-group', id: 'g' }], connections: [{ from: 't', to: 'g' }] } },
    {
      name: 'members spread over two topics',
      design: {
        nodes: [topic('a', 3), topic('b', 3), { kind: 'consumer-group', id: 'g', instances: 6 }],
        connections: [
          { from: 'a', to: 'g' },
          { from: 'b', to: 'g' },
        ],
      },
    },
    {
      name: 'a thread pool behind each instance does not claim partitions',
      design: { nodes: [topic('t', 3), { kind: 'consumer-group', id: 'g', instances: 3, concurrency: 16, asyncProcessing: true }], connections: [{ from: 't', to: 'g' }] },
    },
  ],
  invalid: [
    {
      name: '4 instances × 4 threads on 6 partitions',
      design: { nodes: [topic('t', 6), { kind: 'consumer-group', id: 'g', instances: 4, concurrency: 4 }], connections: [{ from: 't', to: 'g' }] },
      findings: [{ target: 'g', messageIncludes: '16 members but reads only 6 partitions' }],
      output: { nodes: { g: { instances: 1, concurrency: 4 } } },
    },
    {
      name: 'more threads than partitions',
      design: { nodes: [topic('t', 2), { kind: 'consumer-group', id: 'g', instances: 2, concurrency: 4 }], connections: [{ from: 't', to: 'g' }] },
      findings: [{ target: 'g', messageIncludes: '6 of them sit idle' }],
      output: { nodes: { g: { instances: 1, concurrency: 2 } } },
    },
    {
      name: 'asynchronous instances',
      design: { nodes: [topic('t', 2), { kind: 'consumer-group', id: 'g', instances: 5, asyncProcessing: true }], connections: [{ from: 't', to: 'g' }] },
      findings: [{ target: 'g' }],
      output: { nodes: { g: { instances: 2 } } },
    },
  ],
});
