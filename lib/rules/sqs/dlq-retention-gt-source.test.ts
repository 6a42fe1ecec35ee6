import { testRule } from '../rule-tester';
import { dlqRetentionGtSource } from './dlq-retention-gt-source';

const pair = (source: Record<string, unknown>, dlq: Record<string, unknown>) => ({
  nodes: [
    { kind: 'sqs-queue', id: 'q', ...source },
    { kind: 'sqs-queue', id: 'dlq', role: 'dead-letter', ...dlq },
  ],
  connections: [{ from: 'q', to: 'dlq', maxReceiveCount: 5 }],
});

testRule(dlqRetentionGtSource, {
  valid: [
    { name: 'DLQ keeps 14 days, source 4', design: pair({}, { messageRetentionPeriod: 1_209_600 }) },
    { name: 'DLQ longer than the source', design: pair({ messageRetentionPeriod: 86_400 }, { messageRetentionPeriod: 172_800 }) },
    { name: 'FIFO source: the timestamp resets on the move', design: pair({ fifo: true, name: 'q.fifo' }, { fifo: true, name: 'dlq.fifo' }) },
  ],
  invalid: [
    {
      name: 'both at the 14-day maximum: the source is shortened',
      design: pair({ messageRetentionPeriod: 1_209_600 }, { messageRetentionPeriod: 1_209_600 }),
      findings: [{ target: 'dlq', messageIncludes: "the DLQ is at SQS's 14-day maximum: shorten the source" }],
      output: { nodes: { q: { messageRetentionPeriod: 604_800 }, dlq: { messageRetentionPeriod: 1_209_600 } } },
    },
    {
      name: 'both on the 4-day default',
      design: pair({}, {}),
      findings: [{ target: 'dlq', messageIncludes: 'keeps messages 4d but its source "q" keeps them 4d' }],
      output: { nodes: { dlq: { messageRetentionPeriod: 1_209_600 } } },
    },
    {
      name: 'the longest of two sources is named',
      design: {
        nodes: [
          { kind: 'sqs-queue', id: 'a', messageRetentionPeriod: 3600 },
          { kind: 'sqs-queue', id: 'b', messageRetentionPeriod: 604_800 },
          { kind: 'sqs-queue', id: 'dlq', role: 'dead-letter', messageRetentionPeriod: 86_400 },
        ],
        connections: [
          { from: 'a', to: 'dlq' },
          { from: 'b', to: 'dlq' },
        ],
      },
      findings: [{ target: 'dlq', messageIncludes: 'its source "b" keeps them 7d' }],
      output: { nodes: { dlq: { messageRetentionPeriod: 1_209_600 } } },
    },
  ],
});
