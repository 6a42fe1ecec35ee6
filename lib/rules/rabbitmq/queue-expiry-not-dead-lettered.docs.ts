import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

/** The docs and examples of `rabbitmq/queue-expiry-not-dead-lettered`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'x-expires deletes the whole queue after it has been unused for the given time. Its messages go with it: dead lettering applies to messages that are rejected, expire individually (message TTL) or overflow, never to the messages of a deleted queue. A design that gives such a queue a DLX expects the messages to be kept and will lose them.',
  howToFix: 'Use a message TTL (x-message-ttl) to expire messages into the DLX, and drop the queue TTL (or keep it much longer than any message can wait).',
  sources: [RMQ_SOURCES.deadLetter, RMQ_SOURCES.ttl],
  examples: {
    failing: exampleDesign({
      nodes: [
        { kind: 'rabbitmq-queue', id: 'retry', type: 'classic', arguments: { 'x-expires': 60000 } },
        { kind: 'rabbitmq-exchange', id: 'work', type: 'fanout' },
      ],
      connections: [{ from: 'retry', to: 'work', kind: 'dead-letter' }],
    }),
    passing: exampleDesign({
      nodes: [
        { kind: 'rabbitmq-queue', id: 'retry', type: 'classic', arguments: { 'x-message-ttl': 60000 } },
        { kind: 'rabbitmq-exchange', id: 'work', type: 'fanout' },
      ],
      connections: [{ from: 'retry', to: 'work', kind: 'dead-letter' }],
    }),
  },
};
