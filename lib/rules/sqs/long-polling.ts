import { nodesOfKind, updateNode } from '../../design';
import { consumersOf } from '../flow';
import { defineRule } from '../rule';
import { isLambda } from './_lambda';
import { LONG_POLL_SECONDS } from './_limits';

export const longPolling = defineRule({
  meta: {
    id: 'sqs/long-polling',
    category: 'operability',
    severity: 'info',
    reads: ['sqs-queue', 'consumer-group'],
    summary: 'A queue polled by consumers should use long polling (ReceiveMessageWaitTimeSeconds above 0).',
    messages: {
      shortPolling: 'Queue "{queue}" uses short polling (a wait time of 0), so consumer {consumer} pays for empty receives and can miss messages that are there.',
    },
  },
  check({ design, report }) {
    for (const queue of nodesOfKind(design, 'sqs-queue')) {
      if (queue.receiveMessageWaitTimeSeconds > 0) continue;
      const poller = consumersOf(design, queue.id).find((g) => !isLambda(g));
      if (!poller) continue;
      report({
        target: { type: 'node', id: queue.id },
        messageId: 'shortPolling',
        data: { queue: queue.name, consumer: `"${poller.name}"` },
        fix: { label: `Long-poll for ${LONG_POLL_SECONDS}s`, apply: (d) => updateNode(d, queue.id, { receiveMessageWaitTimeSeconds: LONG_POLL_SECONDS }) },
      });
    }
  },
});
