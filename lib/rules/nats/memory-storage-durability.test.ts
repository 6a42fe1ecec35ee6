import { testRule } from '../rule-tester';
import { memoryStorageDurability } from './memory-storage-durability';

const publish = [{ from: 'api', to: 'cache' }];

testRule(memoryStorageDurability, {
  valid: [
    {
      name: 'file storage',
      design: {
        nodes: [
          { kind: 'producer', id: 'api' },
          { kind: 'nats-stream', id: 'cache' },
        ],
        connections: publish,
      },
    },
    {
      name: 'memory storage on an at-most-once flow',
      design: {
        nodes: [
          { kind: 'producer', id: 'api', requirements: { delivery: 'at-most-once' } },
          { kind: 'nats-stream', id: 'cache', storage: 'memory' },
        ],
        connections: publish,
      },
    },
    {
      name: 'memory storage on a low-criticality flow',
      design: {
        requirements: { criticality: 'low' },
        nodes: [
          { kind: 'producer', id: 'api' },
          { kind: 'nats-stream', id: 'cache', storage: 'memory' },
        ],
        connections: publish,
      },
    },
  ],
  invalid: [
    {
      name: 'memory storage on the default flow',
      design: {
        nodes: [
          { kind: 'producer', id: 'api' },
          { kind: 'nats-stream', id: 'cache', storage: 'memory' },
        ],
        connections: publish,
      },
      findings: [{ target: 'cache', messageIncludes: 'at-least-once, normal-criticality' }],
      output: { nodes: { cache: { storage: 'file' } } },
    },
  ],
});
