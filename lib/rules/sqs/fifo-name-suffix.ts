import { nodesOfKind, updateNode } from '../../design';
import { defineRule } from '../rule';
import { FIFO_SUFFIX, hasFifoSuffix, MAX_QUEUE_NAME_LENGTH, queueName } from './_queue-name';

export const fifoNameSuffix = defineRule({
  meta: {
    id: 'sqs/fifo-name-suffix',
    category: 'operability',
    severity: 'error',
    reads: ['sqs-queue'],
    summary: 'A FIFO queue name must end in ".fifo", a standard queue name must not, and a name is at most 80 characters.',
    messages: {
      missingSuffix: 'FIFO queue "{queue}" must have a name ending in ".fifo", or SQS refuses to create it.',
      unexpectedSuffix: 'Standard queue "{queue}" has a name ending in ".fifo", which SQS reserves for FIFO queues.',
      tooLong: 'Queue name "{queue}" is {length} characters long, over the 80-character limit (the ".fifo" suffix included).',
    },
  },
  check({ design, report }) {
    for (const queue of nodesOfKind(design, 'sqs-queue')) {
      const target = { type: 'node', id: queue.id } as const;
      if (queue.fifo !== hasFifoSuffix(queue.name)) {
        const renamed = queueName(queue.name, queue.fifo);
        report({
          target,
          messageId: queue.fifo ? 'missingSuffix' : 'unexpectedSuffix',
          data: { queue: queue.name },
          fix: { label: queue.fifo ? `Rename to "${renamed}"` : `Drop the "${FIFO_SUFFIX}" suffix`, apply: (d) => updateNode(d, queue.id, { name: renamed }) },
        });
      }
      const length = queueName(queue.name, queue.fifo).length;
      if (length > MAX_QUEUE_NAME_LENGTH) report({ target, messageId: 'tooLong', data: { queue: queue.name, length } });
    }
  },
});
