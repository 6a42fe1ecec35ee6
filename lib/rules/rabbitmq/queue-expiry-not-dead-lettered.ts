import { defineRule } from '../rule';
import { hasDeadLetterExchange } from './_dead-letter-routing';
import { exampleDesign } from './_examples';
import { queueExpires, rabbitQueues } from './_queues';
import { RMQ_SOURCES } from './_sources';

export const queueExpiryNotDeadLettered = defineRule({
  meta: {
    id: 'rabbitmq/queue-expiry-not-dead-lettered',
    category: 'error-handling',
    severity: 'warning',
    docs: {
      summary: 'A queue with a dead-letter exchange should not rely on queue expiry (x-expires): an expiring queue does not dead-letter its messages.',
      rationale:
        'x-expires deletes the whole queue after it has been unused for the given time. Its messages go with it: dead lettering applies to messages that are rejected, expire individually (message TTL) or overflow, never to the messages of a deleted queue. A design that gives such a queue a DLX expects the messages to be kept and will lose them.',
      howToFix: 'Use a message TTL (x-message-ttl) to expire messages into the DLX, and drop the queue TTL (or keep it much longer than any message can wait).',
      sources: [RMQ_SOURCES.deadLetter, RMQ_SOURCES.ttl],
    },
    messages: {
      expires: 'Queue "{queue}" has a dead-letter exchange but expires after {expiresMs} ms unused: the messages of an expired queue are deleted, not dead-lettered.',
    },
    examples: {
      failing: exampleDesign({
        nodes: [{ kind: 'rabbitmq-queue', id: 'retry', type: 'classic', arguments: { 'x-expires': 60000 } }, { kind: 'rabbitmq-exchange', id: 'work', type: 'fanout' }],
        connections: [{ from: 'retry', to: 'work', kind: 'dead-letter' }],
      }),
      passing: exampleDesign({
        nodes: [{ kind: 'rabbitmq-queue', id: 'retry', type: 'classic', arguments: { 'x-message-ttl': 60000 } }, { kind: 'rabbitmq-exchange', id: 'work', type: 'fanout' }],
        connections: [{ from: 'retry', to: 'work', kind: 'dead-letter' }],
      }),
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
