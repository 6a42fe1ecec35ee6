import { updateNode } from '../../design';
import { defineRule } from '../rule';
import { rabbitQueues, versionAtLeast } from './_queues';

/** Policy keys of classic queue mirroring (ha-mode, ha-params, ha-sync-mode, ha-promote-on-…). */
const isMirroringKey = (key: string) => key.startsWith('ha-');

export const noClassicMirroring = defineRule({
  meta: {
    id: 'rabbitmq/no-classic-mirroring',
    category: 'durability',
    severity: 'error',
    reads: ['rabbitmq-queue'],
    summary: 'Queues must not rely on classic queue mirroring (ha-mode policies): it was removed in RabbitMQ 4.0.',
    messages: {
      removed: 'Queue "{queue}" relies on classic queue mirroring ({keys}), removed in RabbitMQ 4.0: the queue is not replicated.',
      deprecated: 'Queue "{queue}" relies on classic queue mirroring ({keys}), deprecated and removed in RabbitMQ 4.0: it blocks the upgrade.',
    },
  },
  check({ design, report }) {
    for (const queue of rabbitQueues(design)) {
      const keys = Object.keys(queue.policy ?? {}).filter(isMirroringKey);
      if (keys.length === 0) continue;
      report({
        target: { type: 'node', id: queue.id },
        messageId: versionAtLeast(design, queue, 4) ? 'removed' : 'deprecated',
        data: { queue: queue.name, keys: keys.join(', ') },
        fix: {
          label: 'Remove the mirroring policy keys',
          apply: (d) => {
            const policy = Object.fromEntries(Object.entries(queue.policy ?? {}).filter(([key]) => !isMirroringKey(key)));
            return updateNode(d, queue.id, { policy: Object.keys(policy).length > 0 ? policy : undefined });
          },
        },
      });
    }
  },
});
