import { nodesOfKind } from '../../design';
import { requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { isDeadLetterQueue } from './_dead-letter-queue';
import { AWS_DOCS } from './_sources';

export const orderingNeedsFifo = defineRule({
  meta: {
    id: 'sqs/ordering-needs-fifo',
    category: 'ordering',
    severity: 'error',
    docs: {
      summary: 'A flow that needs ordering (per key or strict) must go through an SQS FIFO queue, not a standard one.',
      rationale:
        'A standard queue gives best-effort ordering and at-least-once delivery: messages are usually delivered in the order sent, but occasionally out of order, and an extra copy may arrive late. Nothing in a standard queue keeps two events about the same entity in sequence. The flow requirement comes from the producers upstream (directly or through SNS); dead-letter queues are not checked.',
      howToFix:
        'Use a FIFO queue with the ordering key as MessageGroupId, or declare the flow\'s ordering as "none" and have consumers reorder with sequence numbers.',
      sources: [AWS_DOCS.standardQueues, AWS_DOCS.messageGroupId],
    },
    messages: {
      standardQueue: 'Queue "{queue}" is a standard queue on a flow that needs {ordering} ordering, but standard queues may deliver messages out of order.',
    },
    examples: {
      failing: {
        queuewright: 2,
        requirements: { ordering: 'per-key' },
        nodes: [{ kind: 'producer', id: 'writer', name: 'writer' }, { kind: 'sqs-queue', id: 'balance-updates', name: 'balance-updates' }], connections: [{ id: 'writer--balance-updates', kind: 'publish', from: 'writer', to: 'balance-updates' }] },
      passing: {
        queuewright: 2,
        requirements: { ordering: 'per-key' },
        nodes: [{ kind: 'producer', id: 'writer', name: 'writer' }, { kind: 'sqs-queue', id: 'balance-updates', name: 'balance-updates.fifo', fifo: true }], connections: [{ id: 'writer--balance-updates', kind: 'publish', from: 'writer', to: 'balance-updates' }] },
    },
  },
  check({ design, report }) {
    for (const queue of nodesOfKind(design, 'sqs-queue')) {
      if (queue.fifo || isDeadLetterQueue(design, queue)) continue;
      const ordering = requirementsAt(design, queue.id)?.ordering;
      if (ordering === undefined || ordering === 'none') continue;
      report({ target: { type: 'node', id: queue.id }, messageId: 'standardQueue', data: { queue: queue.name, ordering } });
    }
  },
});
