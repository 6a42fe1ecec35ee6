import { patchNode } from '../../design';
import { defineRule } from '../rule';
import { hasDeadLetterExchange } from './_dead-letter-routing';
import { exampleDesign } from './_examples';
import { hasLengthLimit, overflowOf, queueSetting, rabbitQueues } from './_queues';
import { RMQ_SOURCES } from './_sources';

export const maxLengthDropHeadSilent = defineRule({
  meta: {
    id: 'rabbitmq/max-length-drop-head-silent',
    category: 'error-handling',
    severity: 'warning',
    docs: {
      summary: 'A length-limited queue without a dead-letter exchange silently drops its oldest messages when full.',
      rationale:
        'When a queue reaches max-length or max-length-bytes, the default overflow behaviour (drop-head) discards the oldest messages to make room, or dead-letters them if the queue has a DLX. Without a DLX nobody learns that messages were lost. overflow=reject-publish instead refuses new messages, which publishers see through publisher confirms.',
      howToFix: 'Add a dead-letter exchange, or set overflow=reject-publish (and publish with confirms).',
      sources: [RMQ_SOURCES.maxLength, RMQ_SOURCES.deadLetter],
    },
    messages: {
      dropHead: 'Queue "{queue}" is limited to {limit} with overflow=drop-head and no dead-letter exchange: when full, its oldest messages are silently dropped.',
    },
    examples: {
      failing: exampleDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'orders', arguments: { 'x-max-length': 10000 } }] }),
      passing: exampleDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'orders', arguments: { 'x-max-length': 10000, 'x-overflow': 'reject-publish' } }] }),
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
