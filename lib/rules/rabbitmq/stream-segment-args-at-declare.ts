import { defineRule } from '../rule';
import { exampleDesign } from './_examples';
import { rabbitQueues } from './_queues';
import { RMQ_SOURCES } from './_sources';

/** Stream settings applied only when the stream is created. */
const DECLARE_TIME_POLICY_KEYS = ['stream-max-segment-size-bytes', 'stream-filter-size-bytes'] as const;

export const streamSegmentArgsAtDeclare = defineRule({
  meta: {
    id: 'rabbitmq/stream-segment-args-at-declare',
    category: 'operability',
    severity: 'info',
    docs: {
      summary: 'Stream segment size and filter size take effect only when present at declaration, as queue arguments.',
      rationale:
        'x-stream-max-segment-size-bytes and x-stream-filter-size-bytes shape how the stream writes its segments and filters, and are fixed when the stream is created. Set through a policy on an existing stream, they do nothing for it; the design only looks configured.',
      howToFix: 'Declare the stream with x-stream-max-segment-size-bytes / x-stream-filter-size-bytes as queue arguments (a new stream if it already exists).',
      sources: [RMQ_SOURCES.streams],
    },
    messages: {
      policyOnly: 'Stream "{queue}" sets {keys} by policy: applied only when the stream is declared, so an existing stream ignores it.',
    },
    examples: {
      failing: exampleDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'events', type: 'stream', arguments: { 'x-max-age': '7D' }, policy: { 'stream-max-segment-size-bytes': 100000000 } }] }),
      passing: exampleDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'events', type: 'stream', arguments: { 'x-max-age': '7D' } }] }),
    },
  },
  check({ design, report }) {
    for (const queue of rabbitQueues(design)) {
      if (queue.type !== 'stream' || !queue.policy) continue;
      const keys = DECLARE_TIME_POLICY_KEYS.filter((key) => Object.hasOwn(queue.policy!, key));
      if (keys.length === 0) continue;
      report({ target: { type: 'node', id: queue.id }, messageId: 'policyOnly', data: { queue: queue.name, keys: keys.join(', ') } });
    }
  },
});
