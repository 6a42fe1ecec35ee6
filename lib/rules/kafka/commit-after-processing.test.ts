import { testRule } from '../rule-tester';
import { withWriter } from '../../design/build-design';
import { commitAfterProcessing } from './commit-after-processing';

const topic = { kind: 'kafka-topic', id: 'orders' };
const consume = [{ from: 'orders', to: 'g' }];

testRule(commitAfterProcessing, {
  valid: [
    { name: 'defaults (commit after processing, no auto-commit)', design: withWriter({ nodes: [topic, { kind: 'consumer-group', id: 'g' }], connections: consume }, 'orders') },
    {
      name: 'auto-commit with synchronous processing',
      design: withWriter({ nodes: [topic, { kind: 'consumer-group', id: 'g', kafka: { 'enable.auto.commit': true } }], connections: consume }, 'orders'),
    },
    {
      name: 'manual commits after asynchronous processing',
      design: withWriter({ nodes: [topic, { kind: 'consumer-group', id: 'g', asyncProcessing: true }], connections: consume }, 'orders'),
    },
    {
      name: 'commit before processing on an at-most-once flow',
      design: withWriter(
        {
          requirements: { delivery: 'at-most-once' },
          nodes: [topic, { kind: 'consumer-group', id: 'g', commitAfterProcessing: false }],
          connections: consume,
        },
        'orders',
      ),
    },
  ],
  invalid: [
    {
      name: 'commits before processing',
      design: withWriter({ nodes: [topic, { kind: 'consumer-group', id: 'g', commitAfterProcessing: false }], connections: consume }, 'orders'),
      findings: [{ target: 'g', messageIncludes: 'commits offsets before processing' }],
      output: { nodes: { g: { commitAfterProcessing: true, kafka: { 'enable.auto.commit': false } } } },
    },
    {
      name: 'auto-commit with asynchronous processing on an exactly-once flow',
      design: {
        nodes: [{ kind: 'producer', id: 'api', requirements: { delivery: 'exactly-once' } }, topic, { kind: 'consumer-group', id: 'g', asyncProcessing: true, kafka: { 'enable.auto.commit': true } }],
        connections: [{ from: 'api', to: 'orders' }, ...consume],
      },
      findings: [{ target: 'g', messageIncludes: 'auto-commits offsets while processing runs asynchronously on an exactly-once flow' }],
      output: { nodes: { g: { commitAfterProcessing: true, kafka: { 'enable.auto.commit': false } } } },
    },
  ],
});
