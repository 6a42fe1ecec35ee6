import { defineRule } from '../rule';
import { hasDeadLetterExchange } from './_dead-letter-routing';
import { queueExpires, rabbitQueues } from './_queues';

export const queueExpiryNotDeadLettered = defineRule({
  meta: {
    id: 'rabbitmq/queue-expiry-not-dead-lettered',
    category: 'error-handling',
    severity: 'warning',
    reads: ['rabbitmq-queue'],
    summary: 'A queue with a dead-letter exchange should not rely on queue expiry (x-expires): an expiring queue does not dead-letter its messages.',
    messages: {
      expires: 'Queue "{queue}" has a dead-letter exchange but expires after {expiresMs} ms unused: the messages of an expired queue are deleted, not dead-lettered.',
    },
  },
  check({ design, report }) {
    for (const queue of rabbitQueues(design)) {
      const expires = queueExpires(queue);
      if (expires === undefined || queue.type === 'stream' || !hasDeadLetterExchange(design, queue.id)) continue;
      report({ target: { type: 'node', id: queue.id }, messageId: 'expires', data: { queue: queue.name, expiresMs: expires } });
    }
  },
});
