import { indexGraph, nodesOfKind, outgoing, type Connection } from '../../design';
import type { ResolvedDesign } from '../../brokers/resolved-design';
import type { ResolvedSqsQueue } from '../../brokers/sqs-sns/resolve';
import { consumersOf } from '../flow';
import { defineRule } from '../rule';
import { formatSeconds, quotedNames } from './_flow';

/** The shortest time a message that always fails spends in `queue` before SQS would move it: delayed, then hidden once per receive. */
function secondsBeforeDeadLetter(queue: ResolvedSqsQueue, maxReceiveCount: number): number {
  return queue.delaySeconds + maxReceiveCount * queue.visibilityTimeout;
}

/**
 * Redrive loops among SQS queues, each reported once at the connection that
 * closes it (a depth-first search over dead-letter connections, O(V + E)).
 */
function redriveLoops(design: ResolvedDesign): Array<{ closing: Connection; queues: ResolvedSqsQueue[] }> {
  const graph = indexGraph(design);
  const state = new Map<string, 'open' | 'done'>();
  const loops: Array<{ closing: Connection; queues: ResolvedSqsQueue[] }> = [];
  const path: ResolvedSqsQueue[] = [];
  const visit = (queue: ResolvedSqsQueue) => {
    state.set(queue.id, 'open');
    path.push(queue);
    for (const c of outgoing(design, queue.id, 'dead-letter')) {
      const next = graph.nodeById.get(c.to);
      if (next?.kind !== 'sqs-queue') continue;
      const seen = state.get(next.id);
      if (seen === 'open') loops.push({ closing: c, queues: path.slice(path.indexOf(next)) });
      else if (seen === undefined) visit(next);
    }
    path.pop();
    state.set(queue.id, 'done');
  };
  for (const queue of nodesOfKind(design, 'sqs-queue')) if (!state.has(queue.id)) visit(queue);
  return loops;
}

export const dlqPairing = defineRule({
  meta: {
    id: 'sqs/dlq-pairing',
    category: 'error-handling',
    severity: 'error',
    reads: ['producer', 'rabbitmq-exchange', 'rabbitmq-queue', 'sqs-queue', 'consumer-group', 'projection'],
    summary: "A queue's redrive settings and its dead-letter queue must work together, so that a failing message actually comes to rest in the DLQ.",
    messages: {
      expiresFirst:
        'Queue "{queue}" keeps messages {retention} but a failing message needs at least {needed} ({count} receives × {visibility}s visibility) before it moves to "{dlq}", so poison messages expire instead of being dead-lettered.',
      loop: 'Queues {queues} dead-letter into each other in a loop, so a message that fails everywhere never comes to rest in a dead-letter queue.',
    },
  },
  check({ design, report }) {
    const graph = indexGraph(design);
    for (const queue of nodesOfKind(design, 'sqs-queue')) {
      for (const redrive of outgoing(design, queue.id, 'dead-letter')) {
        const dlq = graph.nodeById.get(redrive.to);
        if (dlq?.kind !== 'sqs-queue' || redrive.maxReceiveCount === undefined) continue;
        const needed = secondsBeforeDeadLetter(queue, redrive.maxReceiveCount);
        if (queue.messageRetentionPeriod > needed) continue;
        report({
          target: { type: 'connection', id: redrive.id },
          messageId: 'expiresFirst',
          data: {
            queue: queue.name,
            dlq: dlq.name,
            retention: formatSeconds(queue.messageRetentionPeriod),
            needed: formatSeconds(needed),
            count: redrive.maxReceiveCount,
            visibility: queue.visibilityTimeout,
          },
        });
      }
    }
    for (const loop of redriveLoops(design)) {
      // A queue nobody reads holds its messages: the loop only turns when every queue in it is consumed.
      if (!loop.queues.every((q) => consumersOf(design, q.id).length > 0)) continue;
      report({ target: { type: 'connection', id: loop.closing.id }, messageId: 'loop', data: { queues: quotedNames(loop.queues) } });
    }
  },
});
