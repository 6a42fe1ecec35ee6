import { updateNode } from '../../design';
import { defineRule } from '../rule';
import { exampleDesign } from './_examples';
import { rabbitQueues, versionAtLeast } from './_queues';
import { RMQ_SOURCES } from './_sources';

/** Policy keys of classic queue mirroring (ha-mode, ha-params, ha-sync-mode, ha-promote-on-…). */
const isMirroringKey = (key: string) => key.startsWith('ha-');

export const noClassicMirroring = defineRule({
  meta: {
    id: 'rabbitmq/no-classic-mirroring',
    category: 'durability',
    severity: 'error',
    docs: {
      summary: 'Queues must not rely on classic queue mirroring (ha-mode policies): it was removed in RabbitMQ 4.0.',
      rationale:
        'Classic mirrored queues (the classic_queue_mirroring feature, configured with ha-mode, ha-params and ha-sync-mode policy keys) were deprecated in 3.x and removed in RabbitMQ 4.0: on 4.x the policy keys do nothing and the queue is not replicated at all, so a node failure loses it. On 3.x they still work but block the upgrade. Quorum queues (and streams) are the replicated queue types.',
      howToFix: 'Redeclare the queue as a quorum queue (x-queue-type=quorum) and remove the ha-* policy keys.',
      sources: [RMQ_SOURCES.deprecatedFeatures, RMQ_SOURCES.classicQueues, RMQ_SOURCES.quorumQueues],
    },
    messages: {
      removed: 'Queue "{queue}" relies on classic queue mirroring ({keys}), removed in RabbitMQ 4.0: the queue is not replicated.',
      deprecated: 'Queue "{queue}" relies on classic queue mirroring ({keys}), deprecated and removed in RabbitMQ 4.0: it blocks the upgrade.',
    },
    examples: {
      failing: exampleDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'orders', type: 'classic', policy: { 'ha-mode': 'all' } }] }),
      passing: exampleDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'orders', type: 'quorum' }] }),
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
