import { indexGraph, nodesOfKind, outgoing } from '../../design';
import { defineRule } from '../rule';
import { addDeadLetterQueue } from './_dead-letter-queue';
import { AWS_DOCS } from './_sources';

export const dlqDeclared = defineRule({
  meta: {
    id: 'sqs/dlq-declared',
    category: 'error-handling',
    severity: 'error',
    docs: {
      summary: "The dead-letter queue a queue's redrive policy names must be declared in the design.",
      rationale:
        'SQS does not create dead-letter queues: the redrive policy points at the ARN of a queue that must already exist. A redrive policy to a queue nobody declares fails to deploy, or, if the queue was deleted, leaves failed messages with nowhere to go.',
      howToFix: 'Declare the dead-letter queue. The fix adds a queue with the id the redrive policy names, of the source\'s type, with 14-day retention and a depth alarm.',
      sources: [AWS_DOCS.deadLetterQueues, AWS_DOCS.configureDeadLetterQueue],
    },
    subsumes: ['core/dangling-connection'],
    messages: {
      undeclared: 'Queue "{queue}" dead-letters to "{dlq}", which is not declared in the design, and SQS does not create dead-letter queues by itself.',
    },
    examples: {
      failing: {
        queuewright: 2,
        nodes: [{ kind: 'sqs-queue', id: 'orders', name: 'orders' }],
        connections: [{ id: 'd', kind: 'dead-letter', from: 'orders', to: 'orders-dlq', maxReceiveCount: 5 }],
      },
      passing: {
        queuewright: 2,
        nodes: [
          { kind: 'sqs-queue', id: 'orders', name: 'orders' },
          { kind: 'sqs-queue', id: 'orders-dlq', name: 'orders-dlq', role: 'dead-letter' },
        ],
        connections: [{ id: 'd', kind: 'dead-letter', from: 'orders', to: 'orders-dlq', maxReceiveCount: 5 }],
      },
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
