import { testRule } from '../rule-tester';
import { dlqPairing } from './dlq-pairing';

const pair = (source: Record<string, unknown>, maxReceiveCount?: number) => ({
  nodes: [
    { kind: 'sqs-queue', id: 'q', ...source },
    { kind: 'sqs-queue', id: 'dlq', role: 'dead-letter', messageRetentionPeriod: 1_209_600 },
  ],
  connections: [{ from: 'q', to: 'dlq', ...(maxReceiveCount ? { maxReceiveCount } : {}) }],
});
const worker = (id: string) => ({ kind: 'consumer-group', id });

testRule(dlqPairing, {
  valid: [
    { name: 'defaults: 5 × 30s is far below 4 days', design: pair({}, 5) },
    { name: 'no maxReceiveCount declared', design: pair({ visibilityTimeout: 43_200 }) },
    {
      name: 'a chain that ends in a DLQ',
      design: {
        nodes: [{ kind: 'sqs-queue', id: 'a' }, { kind: 'sqs-queue', id: 'b' }, { kind: 'sqs-queue', id: 'c', role: 'dead-letter' }, worker('w')],
        connections: [
          { from: 'a', to: 'b', kind: 'dead-letter' },
          { from: 'b', to: 'c' },
          { from: 'a', to: 'w' },
          { from: 'b', to: 'w' },
        ],
      },
    },
    {
      name: 'a loop through a queue nobody reads holds its messages',
      design: {
        nodes: [{ kind: 'sqs-queue', id: 'a' }, { kind: 'sqs-queue', id: 'b' }, worker('w')],
        connections: [
          { from: 'a', to: 'b', kind: 'dead-letter' },
          { from: 'b', to: 'a', kind: 'dead-letter' },
          { from: 'a', to: 'w' },
        ],
      },
    },
  ],
  invalid: [
    {
      name: '10 receives × 12 h visibility outlast 4 days of retention',
      design: pair({ visibilityTimeout: 43_200 }, 10),
      findings: [{ target: 'q--dlq', messageIncludes: 'keeps messages 4d but a failing message needs at least 5d' }],
    },
    {
      name: 'delay counts too',
      design: pair({ visibilityTimeout: 10, delaySeconds: 60, messageRetentionPeriod: 110 }, 5),
      findings: [{ target: 'q--dlq', messageIncludes: '(5 receives × 10s visibility)' }],
    },
    {
      name: 'two consumed queues dead-letter into each other',
      design: {
        nodes: [{ kind: 'sqs-queue', id: 'a' }, { kind: 'sqs-queue', id: 'b' }, worker('w'), worker('v')],
        connections: [
          { from: 'a', to: 'b', kind: 'dead-letter' },
          { from: 'b', to: 'a', kind: 'dead-letter' },
          { from: 'a', to: 'w' },
          { from: 'b', to: 'v' },
        ],
      },
      findings: [{ target: 'b--a', messageIncludes: 'Queues "a", "b" dead-letter into each other' }],
    },
  ],
});
