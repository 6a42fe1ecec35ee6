import { defineRule } from '../rule';
import { exampleDesign } from './_examples';
import { isTemporaryQueue, queueExpires, rabbitQueues } from './_queues';
import { RMQ_SOURCES } from './_sources';

export const quorumNotForTemporary = defineRule({
  meta: {
    id: 'rabbitmq/quorum-not-for-temporary',
    category: 'scalability',
    severity: 'info',
    docs: {
      summary: 'Temporary queues (exclusive, auto-delete, or with a queue TTL) are better as classic queues than as quorum queues.',
      rationale:
        'Declaring and deleting a quorum queue starts and stops a Raft group on several nodes; the quorum queue guide lists temporary and high-churn queues among the cases where quorum queues are not the right fit, and notes that x-expires is only partly supported (the lease is not renewed on redeclaration). A queue with a queue TTL is temporary by design, and so are exclusive and auto-delete queues, which RabbitMQ does not even allow as quorum queues (rabbitmq/quorum-queue-durable-non-exclusive says so when it applies).',
      howToFix: 'Use a classic queue (exclusive, or with x-expires) for temporary needs; keep quorum queues for long-lived data.',
      sources: [RMQ_SOURCES.quorumUseCases, RMQ_SOURCES.ttl],
    },
    messages: {
      temporary: 'Quorum queue "{queue}" is temporary ({why}): a temporary queue pays for Raft replication it does not need; make it a classic queue.',
    },
    examples: {
      failing: exampleDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'session-events', type: 'quorum', arguments: { 'x-expires': 60000 } }] }),
      passing: exampleDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'session-events', type: 'classic', arguments: { 'x-expires': 60000 } }] }),
    },
  },
  check({ design, report }) {
    for (const queue of rabbitQueues(design)) {
      if (queue.type !== 'quorum' || !isTemporaryQueue(queue)) continue;
      const expires = queueExpires(queue);
      const why = queue.exclusive ? 'it is exclusive' : queue.autoDelete ? 'it is auto-delete' : `it expires after ${expires} ms unused (x-expires)`;
      report({ target: { type: 'node', id: queue.id }, messageId: 'temporary', data: { queue: queue.name, why } });
    }
  },
});
