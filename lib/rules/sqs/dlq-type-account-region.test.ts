import { testRule } from '../rule-tester';
import { dlqTypeAccountRegion } from './dlq-type-account-region';

const aws = (id: string, config: Record<string, unknown> = {}) => ({ id, name: id, broker: 'sqs-sns', config });

testRule(dlqTypeAccountRegion, {
  valid: [
    {
      name: 'FIFO to FIFO',
      design: {
        nodes: [
          { kind: 'sqs-queue', id: 'q', name: 'q.fifo', fifo: true },
          { kind: 'sqs-queue', id: 'dlq', name: 'dlq.fifo', fifo: true, role: 'dead-letter' },
        ],
        connections: [{ from: 'q', to: 'dlq' }],
      },
    },
    {
      name: 'two clusters in the same region and account',
      design: {
        clusters: [aws('a', { region: 'eu-west-1', accountId: '1' }), aws('b', { region: 'eu-west-1', accountId: '1' })],
        nodes: [
          { kind: 'sqs-queue', id: 'q', cluster: 'a' },
          { kind: 'sqs-queue', id: 'dlq', cluster: 'b', role: 'dead-letter' },
        ],
        connections: [{ from: 'q', to: 'dlq' }],
      },
    },
    {
      name: 'two clusters that do not say where they are',
      design: {
        clusters: [aws('a'), aws('b', { region: 'eu-west-1' })],
        nodes: [
          { kind: 'sqs-queue', id: 'q', cluster: 'a' },
          { kind: 'sqs-queue', id: 'dlq', cluster: 'b', role: 'dead-letter' },
        ],
        connections: [{ from: 'q', to: 'dlq' }],
      },
    },
  ],
  invalid: [
    {
      name: 'FIFO source, standard DLQ used only by it',
      design: {
        nodes: [
          { kind: 'sqs-queue', id: 'q', name: 'q.fifo', fifo: true },
          { kind: 'sqs-queue', id: 'dlq', name: 'dlq', role: 'dead-letter' },
        ],
        connections: [{ from: 'q', to: 'dlq' }],
      },
      findings: [{ target: 'q--dlq', messageIncludes: 'FIFO queue "q.fifo" dead-letters to standard queue "dlq"' }],
      output: { nodes: { dlq: { fifo: true, name: 'dlq.fifo' } } },
    },
    {
      name: 'standard source, FIFO DLQ',
      design: {
        nodes: [
          { kind: 'sqs-queue', id: 'q' },
          { kind: 'sqs-queue', id: 'dlq', name: 'dlq.fifo', fifo: true, contentBasedDeduplication: true, role: 'dead-letter' },
        ],
        connections: [{ from: 'q', to: 'dlq' }],
      },
      findings: [{ target: 'q--dlq' }],
      output: { nodes: { dlq: { fifo: false, name: 'dlq', contentBasedDeduplication: false } } },
    },
    {
      name: 'a DLQ shared with a standard queue cannot simply switch type',
      design: {
        nodes: [
          { kind: 'sqs-queue', id: 'a', name: 'a.fifo', fifo: true },
          { kind: 'sqs-queue', id: 'b' },
          { kind: 'sqs-queue', id: 'dlq', role: 'dead-letter' },
        ],
        connections: [
          { from: 'a', to: 'dlq' },
          { from: 'b', to: 'dlq' },
        ],
      },
      findings: [{ target: 'a--dlq', messageIncludes: 'same type' }],
    },
    {
      name: 'DLQ in another region',
      design: {
        clusters: [aws('ireland', { region: 'eu-west-1' }), aws('virginia', { region: 'us-east-1' })],
        nodes: [
          { kind: 'sqs-queue', id: 'q', cluster: 'ireland' },
          { kind: 'sqs-queue', id: 'dlq', cluster: 'virginia', role: 'dead-letter' },
        ],
        connections: [{ from: 'q', to: 'dlq' }],
      },
      findings: [{ target: 'q--dlq', messageIncludes: 'in region "us-east-1"' }],
    },
    {
      name: 'DLQ in another account',
      design: {
        clusters: [aws('prod', { accountId: '111111111111' }), aws('shared', { accountId: '222222222222' })],
        nodes: [
          { kind: 'sqs-queue', id: 'q', cluster: 'prod' },
          { kind: 'sqs-queue', id: 'dlq', cluster: 'shared', role: 'dead-letter' },
        ],
        connections: [{ from: 'q', to: 'dlq' }],
      },
      findings: [{ target: 'q--dlq', messageIncludes: 'account "222222222222"' }],
    },
  ],
});
