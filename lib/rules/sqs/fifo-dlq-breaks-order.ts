import { indexGraph, nodesOfKind, outgoing } from '../../design';
import { requirementsAt } from '../needs';
import { defineRule } from '../rule';

export const fifoDlqBreaksOrder = defineRule({
  meta: {
    id: 'sqs/fifo-dlq-breaks-order',
    category: 'ordering',
    severity: 'info',
    reads: ['producer', 'rabbitmq-exchange', 'rabbitmq-queue', 'sqs-queue', 'consumer-group', 'projection'],
    summary: 'A dead-letter queue on a FIFO queue whose flow needs strict ordering takes messages out of sequence.',
    messages: {
      gap: 'FIFO queue "{queue}" carries a strictly ordered flow but dead-letters to "{dlq}", so a failed message leaves a gap and later messages are processed without it.',
    },
  },
  check({ design, report }) {
    const graph = indexGraph(design);
    for (const queue of nodesOfKind(design, 'sqs-queue')) {
      if (!queue.fifo) continue;
      const redrive = outgoing(design, queue.id, 'dead-letter')[0];
      if (!redrive || requirementsAt(design, queue.id)?.ordering !== 'strict') continue;
      report({
        target: { type: 'node', id: queue.id },
        messageId: 'gap',
        data: { queue: queue.name, dlq: graph.nodeById.get(redrive.to)?.name ?? redrive.to },
      });
    }
  },
});
