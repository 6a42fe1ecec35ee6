import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

/** The docs and examples of `rabbitmq/qq-delivery-limit-enabled`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "A message that crashes its consumer, or is always requeued, comes back forever unless the queue counts deliveries. Quorum queues do, and dead-letter (or drop) a message past the delivery limit: 20 by default since RabbitMQ 4.0, none before. Setting delivery-limit=-1 turns the protection off, which the documentation does not recommend: repeated requeues keep the Raft log from being truncated and threaten the queue's and the cluster's stability. The unset pre-4.0 default is reported only when the queue has consumers.",
  howToFix: 'Set x-delivery-limit (or the delivery-limit policy key) to 20 or another bounded value, with a dead-letter exchange to catch the messages.',
  sources: [RMQ_SOURCES.quorumPoison],
  examples: {
    failing: exampleDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'orders', arguments: { 'x-delivery-limit': -1 } }] }),
    passing: exampleDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'orders', arguments: { 'x-delivery-limit': 20 } }] }),
  },
};
