import { patchNode } from '../../design';
import { defineRule } from '../rule';
import { overflowOf, rabbitQueues, settingSource } from './_queues';

export const qqNoRejectPublishDlx = defineRule({
  meta: {
    id: 'rabbitmq/qq-no-reject-publish-dlx',
    category: 'error-handling',
    severity: 'error',
    reads: ['rabbitmq-queue'],
    summary: 'Quorum queues do not support overflow=reject-publish-dlx.',
    messages: {
      unsupported: 'Quorum queue "{queue}" sets overflow=reject-publish-dlx by {source}, which quorum queues do not support.',
    },
  },
  check({ design, report }) {
    for (const queue of rabbitQueues(design)) {
      if (queue.type !== 'quorum' || overflowOf(queue) !== 'reject-publish-dlx') continue;
      const source = settingSource(queue, 'x-overflow');
      report({
        target: { type: 'node', id: queue.id },
        messageId: 'unsupported',
        data: { queue: queue.name, source: source === 'argument' ? 'queue argument' : 'policy' },
        fix: {
          label: 'Use overflow=reject-publish',
          apply: (d) => (source === 'argument' ? patchNode(d, queue.id, { arguments: { 'x-overflow': 'reject-publish' } }) : patchNode(d, queue.id, { policy: { overflow: 'reject-publish' } })),
        },
      });
    }
  },
});
