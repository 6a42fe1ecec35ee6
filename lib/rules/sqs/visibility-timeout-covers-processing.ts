import { nodesOfKind, updateNode } from '../../design';
import type { ResolvedConsumerGroup } from '../../brokers/services/resolve';
import { consumersOf } from '../flow';
import { defineRule } from '../rule';
import { isLambda } from './_lambda';
import { MAX_VISIBILITY_SECONDS } from './_limits';

/** The visibility timeout the fix sets: twice the slowest p99, so a slow message still finishes before it reappears. */
function coveringTimeout(processingMsP99: number): number {
  return Math.min(MAX_VISIBILITY_SECONDS, Math.ceil((2 * processingMsP99) / 1000));
}

export const visibilityTimeoutCoversProcessing = defineRule({
  meta: {
    id: 'sqs/visibility-timeout-covers-processing',
    category: 'delivery',
    severity: 'error',
    reads: ['sqs-queue', 'consumer-group'],
    summary: "An SQS queue's visibility timeout must be longer than its consumers' slowest (p99) processing time.",
    messages: {
      tooShort:
        'Queue "{queue}" hides a received message for {visibility}s but consumer "{consumer}" takes up to {p99} ms (p99), so slow messages reappear before they are deleted and are processed twice.',
      beyondMaximum:
        'Consumer "{consumer}" of queue "{queue}" takes up to {p99} ms (p99), longer than the 12-hour maximum visibility timeout, so slow messages are processed twice unless the consumer extends visibility with ChangeMessageVisibility.',
    },
  },
  check({ design, report }) {
    for (const queue of nodesOfKind(design, 'sqs-queue')) {
      let slowest: ResolvedConsumerGroup | undefined;
      for (const group of consumersOf(design, queue.id)) {
        if (!isLambda(group) && (!slowest || group.processingMsP99 > slowest.processingMsP99)) slowest = group;
      }
      if (!slowest || queue.visibilityTimeout * 1000 >= slowest.processingMsP99) continue;
      const data = { queue: queue.name, visibility: queue.visibilityTimeout, consumer: slowest.name, p99: slowest.processingMsP99 };
      if (slowest.processingMsP99 > MAX_VISIBILITY_SECONDS * 1000) {
        report({ target: { type: 'node', id: queue.id }, messageId: 'beyondMaximum', data });
        continue;
      }
      const timeout = coveringTimeout(slowest.processingMsP99);
      report({
        target: { type: 'node', id: queue.id },
        messageId: 'tooShort',
        data,
        fix: { label: `Set VisibilityTimeout to ${timeout}s`, apply: (d) => updateNode(d, queue.id, { visibilityTimeout: timeout }) },
      });
    }
  },
});
