import { patchNode } from '../../design';
import { requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { hasDeadLetterExchange } from './_dead-letter-routing';
import { overflowOf, queueSetting, rabbitQueues } from './_queues';

export const dlxAtLeastOnceStrategy = defineRule({
  meta: {
    id: 'rabbitmq/dlx-at-least-once-strategy',
    category: 'error-handling',
    severity: 'warning',
    reads: ['producer', 'rabbitmq-exchange', 'rabbitmq-queue', 'consumer-group', 'projection'],
    summary: 'A quorum queue on a critical flow should dead-letter at-least-once: dead-letter-strategy=at-least-once with overflow=reject-publish.',
    messages: {
      atMostOnce: 'Quorum queue "{queue}" carries a critical flow but dead-letters at-most-once ({settings}): a dead letter lost on the way to the DLX is gone.',
    },
  },
  check({ design, report }) {
    for (const queue of rabbitQueues(design)) {
      if (queue.type !== 'quorum' || !hasDeadLetterExchange(design, queue.id)) continue;
      if (requirementsAt(design, queue.id)?.criticality !== 'critical') continue;
      const strategy = queueSetting(queue, 'x-dead-letter-strategy', 'dead-letter-strategy') ?? 'at-most-once';
      const overflow = overflowOf(queue);
      if (strategy === 'at-least-once' && overflow === 'reject-publish') continue;
      const settings = [strategy !== 'at-least-once' && `dead-letter-strategy=${strategy}`, overflow !== 'reject-publish' && `overflow=${overflow}`].filter(Boolean);
      report({
        target: { type: 'node', id: queue.id },
        messageId: 'atMostOnce',
        data: { queue: queue.name, settings: settings.join(', ') },
        fix: {
          label: 'Dead-letter at-least-once (reject-publish overflow)',
          apply: (d) => patchNode(d, queue.id, { arguments: { 'x-dead-letter-strategy': 'at-least-once', 'x-overflow': 'reject-publish' } }),
        },
      });
    }
  },
});
