import { testRule } from '../rule-tester';
import { withWriter } from '../../design/build-design';
import { autoCommitWithAsyncProcessing } from './auto-commit-with-async-processing';

const topic = { kind: 'kafka-topic', id: 'orders' };
const consume = [{ from: 'orders', to: 'g' }];

testRule(autoCommitWithAsyncProcessing, {
  valid: [
    { name: 'defaults (manual commits)', design: withWriter({ nodes: [topic, { kind: 'consumer-group', id: 'g', asyncProcessing: true }], connections: consume }, 'orders') },
    {
      name: 'auto-commit with synchronous processing',
      design: withWriter({ nodes: [topic, { kind: 'consumer-group', id: 'g', kafka: { 'enable.auto.commit': true } }], connections: consume }, 'orders'),
    },
    {
      name: 'at-most-once flow',
      design: withWriter(
        {
          requirements: { delivery: 'at-most-once' },
          nodes: [topic, { kind: 'consumer-group', id: 'g', asyncProcessing: true, kafka: { 'enable.auto.commit': true } }],
          connections: consume,
        },
        'orders',
      ),
    },
    {
      name: 'a group that reads RabbitMQ only',
      design: {
        nodes: [
          { kind: 'rabbitmq-queue', id: 'q' },
          { kind: 'consumer-group', id: 'g', asyncProcessing: true, kafka: { 'enable.auto.commit': true } },
        ],
        connections: [{ from: 'q', to: 'g' }],
      },
    },
  ],
  invalid: [
    {
      name: 'auto-commit with a thread pool',
      design: withWriter({ nodes: [topic, { kind: 'consumer-group', id: 'g', asyncProcessing: true, kafka: { 'enable.auto.commit': true } }], connections: consume }, 'orders'),
      findings: [{ target: 'g', messageIncludes: 'at-least-once' }],
      output: { nodes: { g: { commitAfterProcessing: true, kafka: { 'enable.auto.commit': false } } } },
    },
  ],
});
