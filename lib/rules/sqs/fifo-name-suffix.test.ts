import { testRule } from '../rule-tester';
import { fifoNameSuffix } from './fifo-name-suffix';

testRule(fifoNameSuffix, {
  valid: [
    { name: 'FIFO queue with the suffix', design: { nodes: [{ kind: 'sqs-queue', id: 'q', name: 'orders.fifo', fifo: true }] } },
    { name: 'standard queue without it', design: { nodes: [{ kind: 'sqs-queue', id: 'q', name: 'orders' }] } },
    { name: 'exactly 80 characters', design: { nodes: [{ kind: 'sqs-queue', id: 'q', name: `${'a'.repeat(75)}.fifo`, fifo: true }] } },
  ],
  invalid: [
    {
      name: 'FIFO queue without the suffix',
      design: { nodes: [{ kind: 'sqs-queue', id: 'q', name: 'orders', fifo: true }] },
      findings: [{ target: 'q', messageIncludes: 'must have a name ending in ".fifo"' }],
      output: { nodes: { q: { name: 'orders.fifo' } } },
    },
    {
      name: 'standard queue with the suffix',
      design: { nodes: [{ kind: 'sqs-queue', id: 'q', name: 'orders.fifo' }] },
      findings: [{ target: 'q', messageIncludes: 'reserves for FIFO' }],
      output: { nodes: { q: { name: 'orders' } } },
    },
    {
      name: 'name over 80 characters once suffixed',
      design: { nodes: [{ kind: 'sqs-queue', id: 'q', name: `${'a'.repeat(76)}.fifo`, fifo: true }] },
      findings: [{ target: 'q', messageIncludes: '81 characters' }],
    },
    {
      name: 'a long name missing its suffix reports both',
      design: { nodes: [{ kind: 'sqs-queue', id: 'q', name: 'b'.repeat(78), fifo: true }] },
      findings: [
        { target: 'q', messageIncludes: 'must have a name ending' },
        { target: 'q', messageIncludes: '83 characters' },
      ],
    },
  ],
});
