import { testRule } from '../rule-tester';
import { compactionNeedsKeys } from './compaction-needs-keys';

const compacted = { kind: 'kafka-topic', id: 't', config: { 'cleanup.policy': 'compact' } };
const publish = [{ from: 'api', to: 't' }];

testRule(compactionNeedsKeys, {
  valid: [
    { name: 'keyed producer', design: { nodes: [{ kind: 'producer', id: 'api' }, compacted], connections: publish } },
    { name: 'random keys are still keys', design: { nodes: [{ kind: 'producer', id: 'api', keyStrategy: 'random' }, compacted], connections: publish } },
    {
      name: 'unkeyed into a delete topic',
      design: {
        nodes: [
          { kind: 'producer', id: 'api', keyStrategy: 'none' },
          { kind: 'kafka-topic', id: 't' },
        ],
        connections: publish,
      },
    },
  ],
  invalid: [
    {
      name: 'unkeyed into compact,delete',
      design: {
        nodes: [
          { kind: 'producer', id: 'api', keyStrategy: 'none' },
          { ...compacted, config: { 'cleanup.policy': 'compact,delete' } },
        ],
        connections: publish,
      },
      findings: [{ target: 'api--t', messageIncludes: 'without a key' }],
      output: { nodes: { api: { keyStrategy: 'entity-id' } } },
    },
  ],
});
