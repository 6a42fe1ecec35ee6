import { nodesOfKind, outgoing } from '../../design';
import type { ResolvedDesign, ResolvedSqsQueue } from '../../brokers/resolved-design';
import { consumersOf } from '../flow';
import { defineRule } from '../rule';
import { addRedrivePolicy, DEFAULT_MAX_RECEIVE_COUNT, isDeadLetterQueue, sharedDeadLetterQueue } from './_dead-letter-queue';
import { AWS_DOCS } from './_sources';

function redriveLabel(design: ResolvedDesign, queue: ResolvedSqsQueue): string {
  const shared = sharedDeadLetterQueue(design, queue);
  return shared ? `Redrive to dead-letter queue "${shared.name}"` : 'Add a dead-letter queue and a redrive policy';
}

export const redrivePolicyPresent = defineRule({
  meta: {
    id: 'sqs/redrive-policy-present',
    category: 'error-handling',
    severity: 'warning',
    docs: {
      summary: 'An SQS queue with consumers should have a redrive policy to a dead-letter queue.',
      rationale:
        'A message the consumer cannot process (a poison message) is received, fails and reappears after the visibility timeout, again and again, until the retention period deletes it: it costs a receive each time, hides real failures and is finally lost. On a FIFO queue it is worse: the failing message blocks every later message of its message group. A redrive policy moves a message to a dead-letter queue after maxReceiveCount receives. Dead-letter queues themselves are not checked. If endless retry is what you want, accept the risk on the queue.',
      howToFix: `Add a dead-letter queue of the same type and a redrive policy to it. The fix adds "<name>-dlq" with 14-day retention and a depth alarm, and a dead-letter connection with maxReceiveCount ${DEFAULT_MAX_RECEIVE_COUNT}.`,
      sources: [AWS_DOCS.deadLetterQueues, AWS_DOCS.messageGroupId],
    },
    messages: {
      noRedrive:
        'Queue "{queue}" has consumers but no dead-letter queue, so a message that always fails is retried until its retention expires{fifoNote}.',
    },
    examples: {
      failing: {
        queuewright: 2,
        nodes: [
          { kind: 'sqs-queue', id: 'orders', name: 'orders' },
          { kind: 'consumer-group', id: 'worker', name: 'worker' },
        ],
        connections: [{ id: 'c', kind: 'consume', from: 'orders', to: 'worker' }],
      },
      passing: {
        queuewright: 2,
        nodes: [
          { kind: 'sqs-queue', id: 'orders', name: 'orders' },
          { kind: 'sqs-queue', id: 'orders-dlq', name: 'orders-dlq', role: 'dead-letter', messageRetentionPeriod: 1_209_600 },
          { kind: 'consumer-group', id: 'worker', name: 'worker' },
        ],
        connections: [
          { id: 'c', kind: 'consume', from: 'orders', to: 'worker' },
          { id: 'd', kind: 'dead-letter', from: 'orders', to: 'orders-dlq', maxReceiveCount: 5 },
        ],
      },
    },
  },
  check({ design, report }) {
    for (const queue of nodesOfKind(design, 'sqs-queue')) {
      if (consumersOf(design, queue.id).length === 0 || outgoing(design, queue.id, 'dead-letter').length > 0) continue;
      if (isDeadLetterQueue(design, queue)) continue;
      report({
        target: { type: 'node', id: queue.id },
        messageId: 'noRedrive',
        data: { queue: queue.name, fifoNote: queue.fifo ? ', blocking its message group meanwhile' : '' },
        fix: { label: redriveLabel(design, queue), apply: (d) => addRedrivePolicy(d, queue.id) },
      });
    }
  },
});
