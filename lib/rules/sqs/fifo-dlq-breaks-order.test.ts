import { testRule } from '../rule-tester';
import { fifoDlqBreaksOrder } from './fifo-dlq-breaks-order';

const fifoWithDlq = (extra: Record<string, unknown> = {}) => ({
  nodes: [
    { kind: 'producer', id: 'editor', requirements: { ordering: 'strict' } },
    { kind: 'sqs-queue', id: 'q', name: 'q.fifo', fifo: true, ...extra },
    { kind: 'sqs-queue', id: 'dlq', name: 'dlq.fifo', fifo: true, role: 'dead-letter' },
  ],
  connections: [
    { from: 'editor', to: 'q' },
    { from: 'q', to: 'dlq' },
  ],
});

testRule(fifoDlqBreaksOrder, {
  valid: [
    { name: 'per-key ordering tolerates a skipped message', design: { ...fifoWithDlq(), nodes: fifoWithDlq().nodes.map((n) => (n.id === 'editor' ? { kind: 'producer', id: 'editor' } : n)) } },
    {
      name: 'strict ordering without a DLQ',
      design: {
        nodes: [
          { kind: 'producer', id: 'editor', requirements: { ordering: 'strict' } },
          { kind: 'sqs-queue', id: 'q', name: 'q.fifo', fifo: true },
        ],
        connections: [{ from: 'editor', to: 'q' }],
      },
    },
  ],
  invalid: [{ name: 'strict flow through a FIFO queue with a DLQ', design: fifoWithDlq(), findings: [{ target: 'q', messageIncludes: 'leaves a gap' }] }],
});
