import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

/** The docs and examples of `rabbitmq/lazy-mode-ignored`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'Since 3.12 classic queues always behave the way lazy queues used to (they keep messages on disk and only a small part in memory), and the x-queue-mode argument and queue-mode policy key are ignored. Keeping them suggests a tuning that does not exist and clutters definitions.',
  howToFix: 'Remove x-queue-mode and the queue-mode policy key.',
  sources: [RMQ_SOURCES.lazyQueues, RMQ_SOURCES.classicQueues],
  examples: {
    failing: exampleDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'archive', type: 'classic', arguments: { 'x-queue-mode': 'lazy' } }] }),
    passing: exampleDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'archive', type: 'classic' }] }),
  },
};
