import { nodesOfKind } from '../../design';
import { requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { isDeadLetterQueue } from './_dead-letter-queue';

export const orderingNeedsFifo = defineRule({
  meta: {
    id: 'sqs/ordering-needs-fifo',
    category: 'ordering',
    severity: 'error',
    reads: ['producer', 'rabbitmq-exchange', 'rabbitmq-queue', 'sqs-queue', 'consumer-group', 'projection'],
    summary: 'A flow that needs ordering (per key or strict) must go through an SQS FIFO queue, not a standard one.',
    messages: {
      standardQueue: 'Queue "{queue}" is a standard queue on a flow that needs {ordering} ordering, but standard queues may deliver messages out of order.',
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
