import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

/** The docs and examples of `rabbitmq/no-classic-mirroring`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'Classic mirrored queues (the classic_queue_mirroring feature, configured with ha-mode, ha-params and ha-sync-mode policy keys) were deprecated in 3.x and removed in RabbitMQ 4.0: on 4.x the policy keys do nothing and the queue is not replicated at all, so a node failure loses it. On 3.x they still work but block the upgrade. Quorum queues (and streams) are the replicated queue types.',
  howToFix: 'Redeclare the queue as a quorum queue (x-queue-type=quorum) and remove the ha-* policy keys.',
  sources: [RMQ_SOURCES.deprecatedFeatures, RMQ_SOURCES.classicQueues, RMQ_SOURCES.quorumQueues],
  examples: {
    failing: exampleDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'orders', type: 'classic', policy: { 'ha-mode': 'all' } }] }),
    passing: exampleDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'orders', type: 'quorum' }] }),
  },
};
