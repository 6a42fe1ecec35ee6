import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

/** The docs and examples of `rabbitmq/quorum-not-for-temporary`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'Declaring and deleting a quorum queue starts and stops a Raft group on several nodes; the quorum queue guide lists temporary and high-churn queues among the cases where quorum queues are not the right fit, and notes that x-expires is only partly supported (the lease is not renewed on redeclaration). A queue with a queue TTL is temporary by design, and so are exclusive and auto-delete queues, which RabbitMQ does not even allow as quorum queues (rabbitmq/quorum-queue-durable-non-exclusive says so when it applies).',
  howToFix: 'Use a classic queue (exclusive, or with x-expires) for temporary needs; keep quorum queues for long-lived data.',
  sources: [RMQ_SOURCES.quorumUseCases, RMQ_SOURCES.ttl],
  examples: {
    failing: exampleDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'session-events', type: 'quorum', arguments: { 'x-expires': 60000 } }] }),
    passing: exampleDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'session-events', type: 'classic', arguments: { 'x-expires': 60000 } }] }),
  },
};
