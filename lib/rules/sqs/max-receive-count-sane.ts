import { indexGraph, nodesOfKind, outgoing, updateConnection } from '../../design';
import { consumersOf } from '../flow';
import { defineRule } from '../rule';
import { LAMBDA_MIN_RECEIVE_COUNT, slowestLambda } from './_lambda';

/** Retries enough to ride out a transient failure, as the catalog's fix suggests. */
export const MIN_RECEIVE_COUNT = 3;

export const maxReceiveCountSane = defineRule({
  meta: {
    id: 'sqs/max-receive-count-sane',
    category: 'error-handling',
    severity: 'warning',
    reads: ['consumer-group'],
    summary: 'A redrive policy should allow a few receives before it dead-letters a message (at least 5 when Lambda reads the queue).',
    messages: {
      single: 'Queue "{queue}" moves a message to "{dlq}" after a single receive, so any transient failure dead-letters a good message.',
      lambda: 'Queue "{queue}" is read by Lambda function "{consumer}" but dead-letters after {count} receives, and throttling alone can use those up (AWS asks for at least 5).',
    },
  },
  check({ design, report }) {
    const graph = indexGraph(design);
    for (const queue of nodesOfKind(design, 'sqs-queue')) {
      const redrives = outgoing(design, queue.id, 'dead-letter').filter((c) => c.maxReceiveCount !== undefined);
      if (redrives.length === 0) continue;
      const lambda = slowestLambda(consumersOf(design, queue.id));
      for (const redrive of redrives) {
        const count = redrive.maxReceiveCount!;
        const minimum = lambda ? LAMBDA_MIN_RECEIVE_COUNT : MIN_RECEIVE_COUNT;
        let messageId: 'single' | 'lambda' | undefined;
        if (lambda && count < LAMBDA_MIN_RECEIVE_COUNT) messageId = 'lambda';
        else if (count === 1) messageId = 'single';
        if (!messageId) continue;
        report({
          target: { type: 'connection', id: redrive.id },
          messageId,
          data: { queue: queue.name, dlq: graph.nodeById.get(redrive.to)?.name ?? redrive.to, consumer: lambda?.name, count },
          fix: { label: `Set maxReceiveCount to ${minimum}`, apply: (d) => updateConnection(d, redrive.id, { maxReceiveCount: minimum }) },
        });
      }
    }
  },
});
