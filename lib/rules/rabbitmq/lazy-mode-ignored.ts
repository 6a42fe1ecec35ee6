import { updateNode } from '../../design';
import { defineRule } from '../rule';
import { rabbitQueues, versionAtLeast } from './_queues';

export const lazyModeIgnored = defineRule({
  meta: {
    id: 'rabbitmq/lazy-mode-ignored',
    category: 'operability',
    severity: 'info',
    reads: ['rabbitmq-queue'],
    summary: 'The lazy queue mode (x-queue-mode=lazy, queue-mode policy) has been ignored since RabbitMQ 3.12.',
    messages: {
      ignored: 'Queue "{queue}" sets {setting}=lazy, which RabbitMQ has ignored since 3.12.',
    },
  },
  check({ design, report }) {
    for (const queue of rabbitQueues(design)) {
      const argument = queue.arguments['x-queue-mode'] === 'lazy';
      const policy = queue.policy?.['queue-mode'] === 'lazy';
      if ((!argument && !policy) || !versionAtLeast(design, queue, 3, 12)) continue;
      report({
        target: { type: 'node', id: queue.id },
        messageId: 'ignored',
        data: { queue: queue.name, setting: argument ? 'x-queue-mode' : 'queue-mode' },
        fix: {
          label: 'Remove the lazy mode',
          apply: (d) => {
            const { 'x-queue-mode': _mode, ...args } = queue.arguments;
            const policy = Object.fromEntries(Object.entries(queue.policy ?? {}).filter(([key]) => key !== 'queue-mode'));
            return updateNode(d, queue.id, { arguments: args, policy: Object.keys(policy).length > 0 ? policy : undefined });
          },
        },
      });
    }
  },
});
