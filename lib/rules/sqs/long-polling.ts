import { nodesOfKind, updateNode } from '../../design';
import { consumersOf } from '../flow';
import { defineRule } from '../rule';
import { isLambda } from './_lambda';
import { LONG_POLL_SECONDS } from './_limits';
import { AWS_DOCS } from './_sources';

export const longPolling = defineRule({
  meta: {
    id: 'sqs/long-polling',
    category: 'operability',
    severity: 'info',
    docs: {
      summary: 'A queue polled by consumers should use long polling (ReceiveMessageWaitTimeSeconds above 0).',
      rationale:
        'With short polling (a wait time of 0, the SQS default) a receive returns at once, often empty, and queries only a subset of the SQS servers, so it can miss messages that are there. Consumers pay for the empty receives and spin. Long polling waits until a message arrives or the wait time ends; AWS suggests 20 seconds in most cases. Lambda event source mappings long-poll on their own, so queues read only by Lambda are not flagged.',
      howToFix: 'Set ReceiveMessageWaitTimeSeconds to 20 (the fix).',
      sources: [AWS_DOCS.polling],
    },
    messages: {
      shortPolling: 'Queue "{queue}" uses short polling (a wait time of 0), so consumer {consumer} pays for empty receives and can miss messages that are there.',
    },
    examples: {
      failing: {
        queuewright: 2,
        nodes: [
          { kind: 'sqs-queue', id: 'jobs', name: 'jobs', receiveMessageWaitTimeSeconds: 0 },
          { kind: 'consumer-group', id: 'worker', name: 'worker' },
        ],
        connections: [{ id: 'c', kind: 'consume', from: 'jobs', to: 'worker' }],
      },
      passing: {
        queuewright: 2,
        nodes: [
          { kind: 'sqs-queue', id: 'jobs', name: 'jobs', receiveMessageWaitTimeSeconds: 20 },
          { kind: 'consumer-group', id: 'worker', name: 'worker' },
        ],
        connections: [{ id: 'c', kind: 'consume', from: 'jobs', to: 'worker' }],
      },
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
