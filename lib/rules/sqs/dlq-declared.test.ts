import { testRule } from '../rule-tester';
import { dlqDeclared } from './dlq-declared';

testRule(dlqDeclared, {
  valid: [
    {
      name: 'declared DLQ',
      design: {
        nodes: [
          { kind: 'sqs-queue', id: 'q' },
          { kind: 'sqs-queue', id: 'dlq', role: 'dead-letter' },
        ],
        connections: [{ from: 'q', to: 'dlq' }],
      },
    },
    { name: 'no redrive policy', design: { nodes: [{ kind: 'sqs-queue', id: 'q' }] } },
  ],
  invalid: [
    {
      name: 'redrive to an undeclared standard queue',
      design: { nodes: [{ kind: 'sqs-queue', id: 'q' }], connections: [{ from: 'q', to: 'q-dlq', kind: 'dead-letter', maxReceiveCount: 5 }] },
      findings: [{ target: 'q--q-dlq', messageIncludes: '"q-dlq", which is not declared' }],
      output: { nodes: { 'q-dlq': { kind: 'sqs-queue', name: 'q-dlq', fifo: false, role: 'dead-letter', messageRetentionPeriod: 1_209_600 } } },
    },
    {
      name: 'redrive from a FIFO queue declares a FIFO DLQ',
      design: { nodes: [{ kind: 'sqs-queue', id: 'q', name: 'q.fifo', fifo: true }], connections: [{ from: 'q', to: 'q-dlq', kind: 'dead-letter' }] },
      findings: [{ target: 'q--q-dlq' }],
      output: { nodes: { 'q-dlq': { name: 'q-dlq.fifo', fifo: true } } },
    },
  ],
});
