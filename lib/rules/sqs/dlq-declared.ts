import { indexGraph, nodesOfKind, outgoing } from '../../design';
import { defineRule } from '../rule';
import { addDeadLetterQueue } from './_dead-letter-queue';

export const dlqDeclared = defineRule({
  meta: {
    id: 'sqs/dlq-declared',
    category: 'error-handling',
    severity: 'error',
    reads: [],
    summary: "The dead-letter queue a queue's redrive policy names must be declared in the design.",
    subsumes: ['core/dangling-connection'],
    messages: {
      undeclared: 'Queue "{queue}" dead-letters to "{dlq}", which is not declared in the design, and SQS does not create dead-letter queues by itself.',
    },
  },
  check({ design, report }) {
    const graph = indexGraph(design);
    for (const queue of nodesOfKind(design, 'sqs-queue')) {
      for (const redrive of outgoing(design, queue.id, 'dead-letter')) {
        if (graph.nodeById.has(redrive.to)) continue;
        report({
          target: { type: 'connection', id: redrive.id },
          messageId: 'undeclared',
          data: { queue: queue.name, dlq: redrive.to },
          fix: {
            label: `Declare dead-letter queue "${redrive.to}"`,
            apply: (d) => (indexGraph(d).nodeById.has(redrive.to) ? d : addDeadLetterQueue(d, { near: queue, id: redrive.to, fifo: queue.fifo, kmsManagedKey: queue.kmsManagedKey }).design),
          },
        });
      }
    }
  },
});
