import { indexGraph, nodesOfKind, outgoing, type Connection } from '../../design';
import type { ResolvedDesign, ResolvedSqsQueue } from '../../brokers/resolved-design';
import { consumersOf } from '../flow';
import { defineRule } from '../rule';
import { formatSeconds, quotedNames } from './_flow';
import { AWS_DOCS } from './_sources';

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
    docs: {
      summary: "A queue's redrive settings and its dead-letter queue must work together, so that a failing message actually comes to rest in the DLQ.",
      rationale:
        "A message that always fails is received maxReceiveCount times, and each receive hides it for the visibility timeout (after any delivery delay), so it is at least delay + maxReceiveCount × visibility timeout old before SQS would move it. If the source queue's retention is not longer than that, SQS deletes the message first: the dead-letter queue stays empty while poison messages silently disappear. Separately, queues that dead-letter into each other in a loop, each with consumers, give a failing message no final resting place; it circulates until its retention runs out. (The DLQ's type, location, declaration and retention are checked by sqs/dlq-type-account-region, sqs/dlq-declared and sqs/dlq-retention-gt-source.)",
      howToFix:
        'Keep maxReceiveCount × VisibilityTimeout (plus DelaySeconds) well below the source MessageRetentionPeriod, by lowering the visibility timeout or the receive count, or raising retention. End every redrive chain in a dead-letter queue that does not redrive further.',
      sources: [AWS_DOCS.deadLetterQueues, AWS_DOCS.deadLetterRetention, AWS_DOCS.visibilityTimeout],
    },
    messages: {
      expiresFirst:
        'Queue "{queue}" keeps messages {retention} but a failing message needs at least {needed} ({count} receives × {visibility}s visibility) before it moves to "{dlq}", so poison messages expire instead of being dead-lettered.',
      loop: 'Queues {queues} dead-letter into each other in a loop, so a message that fails everywhere never comes to rest in a dead-letter queue.',
    },
    examples: {
      failing: {
        queuewright: 2,
        nodes: [
          { kind: 'sqs-queue', id: 'reports', name: 'reports', visibilityTimeout: 43_200, messageRetentionPeriod: 345_600 },
          { kind: 'sqs-queue', id: 'reports-dlq', name: 'reports-dlq', role: 'dead-letter', messageRetentionPeriod: 1_209_600 },
        ],
        connections: [{ id: 'd', kind: 'dead-letter', from: 'reports', to: 'reports-dlq', maxReceiveCount: 10 }],
      },
      passing: {
        queuewright: 2,
        nodes: [
          { kind: 'sqs-queue', id: 'reports', name: 'reports', visibilityTimeout: 3600, messageRetentionPeriod: 345_600 },
          { kind: 'sqs-queue', id: 'reports-dlq', name: 'reports-dlq', role: 'dead-letter', messageRetentionPeriod: 1_209_600 },
        ],
        connections: [{ id: 'd', kind: 'dead-letter', from: 'reports', to: 'reports-dlq', maxReceiveCount: 10 }],
      },
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
