import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

/** The docs and examples of `rabbitmq/no-transient-non-exclusive-queues`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'Transient (non-durable) non-exclusive queues are the deprecated feature transient_nonexcl_queues: they disappear on a node restart while other connections still expect them, and RabbitMQ 4.3 disables them by default. A temporary queue should be exclusive (deleted with its connection), or durable with a queue TTL (x-expires) to clean up unused queues.',
  howToFix: 'Declare the queue durable (with x-expires if it is temporary), or exclusive.',
  sources: [RMQ_SOURCES.deprecatedFeatures, RMQ_SOURCES.queueDurability],
  examples: {
    failing: exampleDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'notifications', type: 'classic', durable: false }] }),
    passing: exampleDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'notifications', type: 'classic', durable: true }] }),
  },
};
