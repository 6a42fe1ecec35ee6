import { defineRule } from '../rule';
import { isTemporaryQueue, queueExpires, rabbitQueues } from './_queues';

export const quorumNotForTemporary = defineRule({
  meta: {
    id: 'rabbitmq/quorum-not-for-temporary',
    category: 'scalability',
    severity: 'info',
    reads: ['rabbitmq-queue'],
    summary: 'Temporary queues (exclusive, auto-delete, or with a queue TTL) are better as classic queues than as quorum queues.',
    messages: {
      temporary: 'Quorum queue "{queue}" is temporary ({why}): a temporary queue pays for Raft replication it does not need; make it a classic queue.',
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
