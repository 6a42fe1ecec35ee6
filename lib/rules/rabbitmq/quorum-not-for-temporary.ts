import { defineRule } from '../rule';
import { exampleDesign } from './_examples';
import { queueExpires, rabbitQueues } from './_queues';
import { RMQ_SOURCES } from './_sources';

export const quorumNotForTemporary = defineRule({
  meta: {
    id: 'rabbitmq/quorum-not-for-temporary',
    category: 'scalability',
    severity: 'info',
    docs: {
      summary: 'Temporary queues (with a queue TTL) are better as classic queues than as quorum queues.',
      rationale:
        'Declaring and deleting a quorum queue starts and stops a Raft group on several nodes; the quorum queue guide lists temporary and high-churn queues among the cases where quorum queues are not the right fit, and notes that x-expires is only partly supported (the lease is not renewed on redeclaration). A queue with a queue TTL is temporary by design.',
      howToFix: 'Use a classic queue (exclusive, or with x-expires) for temporary needs; keep quorum queues for long-lived data.',
      sources: [RMQ_SOURCES.quorumUseCases, RMQ_SOURCES.ttl],
    },
    messages: {
      temporary: 'Quorum queue "{queue}" expires after {expiresMs} ms unused: a temporary queue pays for Raft replication it does not need.',
    },
    examples: {
      failing: exampleDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'session-events', type: 'quorum', arguments: { 'x-expires': 60000 } }] }),
      passing: exampleDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'session-events', type: 'classic', arguments: { 'x-expires': 60000 } }] }),
    },
  },
  check({ design, report }) {
    for (const queue of rabbitQueues(design)) {
      const expires = queueExpires(queue);
      if (queue.type !== 'quorum' || expires === undefined) continue;
      report({ target: { type: 'node', id: queue.id }, messageId: 'temporary', data: { queue: queue.name, expiresMs: expires } });
    }
  },
});
