import { patchNode } from '../../design';
import { defineRule } from '../rule';
import { hasDeadLetterExchange } from './_dead-letter-routing';
import { hasLengthLimit, overflowOf, queueSetting, rabbitQueues } from './_queues';

export const maxLengthDropHeadSilent = defineRule({
  meta: {
    id: 'rabbitmq/max-length-drop-head-silent',
    category: 'error-handling',
    severity: 'warning',
    reads: ['rabbitmq-queue'],
    summary: 'A length-limited queue without a dead-letter exchange silently drops its oldest messages when full.',
    messages: {
      dropHead: 'Queue "{queue}" is limited to {limit} with overflow=drop-head and no dead-letter exchange: when full, its oldest messages are silently dropped.',
    },
  },
  check({ design, report }) {
    for (const queue of rabbitQueues(design)) {
      // On streams max-length-bytes is retention, not an overflow limit.
      if (queue.type === 'stream' || !hasLengthLimit(queue) || overflowOf(queue) !== 'drop-head' || hasDeadLetterExchange(design, queue.id)) continue;
      const messages = queueSetting(queue, 'x-max-length', 'max-length');
      const bytes = queueSetting(queue, 'x-max-length-bytes', 'max-length-bytes');
      const limit = [messages !== undefined && `${messages} messages`, bytes !== undefined && `${bytes} bytes`].filter(Boolean).join(' / ');
      report({
        target: { type: 'node', id: queue.id },
        messageId: 'dropHead',
        data: { queue: queue.name, limit },
        fix: { label: 'Reject new messages when full (reject-publish)', apply: (d) => patchNode(d, queue.id, { arguments: { 'x-overflow': 'reject-publish' } }) },
      });
    }
  },
});
