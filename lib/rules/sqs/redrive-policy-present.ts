import { nodesOfKind, outgoing } from '../../design';
import type { ResolvedDesign } from '../../brokers/resolved-design';
import type { ResolvedSqsQueue } from '../../brokers/sqs-sns/resolve';
import { consumersOf } from '../flow';
import { defineRule } from '../rule';
import { addRedrivePolicy, isDeadLetterQueue, sharedDeadLetterQueue } from './_dead-letter-queue';

function redriveLabel(design: ResolvedDesign, queue: ResolvedSqsQueue): string {
  const shared = sharedDeadLetterQueue(design, queue);
  return shared ? `Redrive to dead-letter queue "${shared.name}"` : 'Add a dead-letter queue and a redrive policy';
}

export const redrivePolicyPresent = defineRule({
  meta: {
    id: 'sqs/redrive-policy-present',
    category: 'error-handling',
    severity: 'warning',
    reads: ['sqs-queue'],
    summary: 'An SQS queue with consumers should have a redrive policy to a dead-letter queue.',
    messages: {
      noRedrive: 'Queue "{queue}" has consumers but no dead-letter queue, so a message that always fails is retried until its retention expires{fifoNote}.',
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
