import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

/** The docs and examples of `rabbitmq/dlx-no-silent-cycle`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'When a message is about to be dead-lettered into a queue it was already dead-lettered from, RabbitMQ checks the message\'s x-death history: if nothing in the cycle was a rejection by a consumer (only expiries, length limits or delivery limits), the cycle is "fully automatic" and the message is dropped, with one warning in the log. A TTL retry loop (work queue → retry queue with TTL → back) works only because the work queue\'s consumer rejects failures; a queue whose TTL dead-letters into itself, or a loop with no consumer, silently loses every message that enters it.',
  howToFix: 'Break the cycle (end it in a parking queue), or make sure a queue in it has a consumer that rejects failed messages with requeue=false.',
  sources: [RMQ_SOURCES.deadLetter, RMQ_SOURCES.deadLetterSource],
  examples: {
    failing: exampleDesign({
      nodes: [
        { kind: 'rabbitmq-queue', id: 'delay', arguments: { 'x-message-ttl': 60000 } },
        { kind: 'rabbitmq-exchange', id: 'delay-dlx', type: 'fanout' },
      ],
      connections: [
        { from: 'delay', to: 'delay-dlx', kind: 'dead-letter' },
        { from: 'delay-dlx', to: 'delay', kind: 'bind' },
      ],
    }),
    passing: exampleDesign({
      nodes: [
        { kind: 'rabbitmq-queue', id: 'work' },
        { kind: 'consumer-group', id: 'worker' },
        { kind: 'rabbitmq-exchange', id: 'retry-dlx', type: 'fanout' },
        { kind: 'rabbitmq-queue', id: 'retry', role: 'retry', arguments: { 'x-message-ttl': 10000 } },
        { kind: 'rabbitmq-exchange', id: 'work-dlx', type: 'fanout' },
      ],
      connections: [
        { from: 'work', to: 'worker', kind: 'consume' },
        { from: 'work', to: 'retry-dlx', kind: 'dead-letter' },
        { from: 'retry-dlx', to: 'retry', kind: 'bind' },
        { from: 'retry', to: 'work-dlx', kind: 'dead-letter' },
        { from: 'work-dlx', to: 'work', kind: 'bind' },
      ],
    }),
  },
};
