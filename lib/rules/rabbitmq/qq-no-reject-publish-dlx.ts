import { patchNode } from '../../design';
import { defineRule } from '../rule';
import { exampleDesign } from './_examples';
import { overflowOf, rabbitQueues, settingSource } from './_queues';
import { RMQ_SOURCES } from './_sources';

export const qqNoRejectPublishDlx = defineRule({
  meta: {
    id: 'rabbitmq/qq-no-reject-publish-dlx',
    category: 'error-handling',
    severity: 'error',
    docs: {
      summary: 'Quorum queues do not support overflow=reject-publish-dlx.',
      rationale:
        'Quorum queues support two overflow behaviours, drop-head and reject-publish; reject-publish-dlx (reject the publish and dead-letter the message) is classic-queue only. Declaring it as a quorum queue argument is refused; set by a policy it does not do what the design expects.',
      howToFix: 'Use overflow=reject-publish (publishers see the rejection through publisher confirms).',
      sources: [RMQ_SOURCES.quorumFeatures, RMQ_SOURCES.maxLength],
    },
    messages: {
      unsupported: 'Quorum queue "{queue}" sets overflow=reject-publish-dlx by {source}, which quorum queues do not support.',
    },
    examples: {
      failing: exampleDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'orders', arguments: { 'x-max-length': 10000, 'x-overflow': 'reject-publish-dlx' } }] }),
      passing: exampleDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'orders', arguments: { 'x-max-length': 10000, 'x-overflow': 'reject-publish' } }] }),
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
          apply: (d) =>
            source === 'argument'
              ? patchNode(d, queue.id, { arguments: { 'x-overflow': 'reject-publish' } })
              : patchNode(d, queue.id, { policy: { overflow: 'reject-publish' } }),
        },
      });
    }
  },
});
