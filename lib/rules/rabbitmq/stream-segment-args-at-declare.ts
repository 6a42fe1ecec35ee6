import { defineRule } from '../rule';
import { rabbitQueues } from './_queues';

/** Stream settings applied only when the stream is created. */
const DECLARE_TIME_POLICY_KEYS = ['stream-max-segment-size-bytes', 'stream-filter-size-bytes'] as const;

export const streamSegmentArgsAtDeclare = defineRule({
  meta: {
    id: 'rabbitmq/stream-segment-args-at-declare',
    category: 'operability',
    severity: 'info',
    reads: ['rabbitmq-queue'],
    summary: 'Stream segment size and filter size take effect only when present at declaration, as queue arguments.',
    messages: {
      policyOnly: 'Stream "{queue}" sets {keys} by policy: applied only when the stream is declared, so an existing stream ignores it.',
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
