import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

/** The docs and examples of `rabbitmq/quorum-queue-has-dlx`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'Quorum queues count deliveries: a message redelivered more often than the delivery limit (20 by default since RabbitMQ 4.0) is dead-lettered, or dropped if the queue has no DLX, and so are messages that expire or overflow. A poison message, or a consumer that keeps crashing, therefore loses data silently. The quorum queue guide recommends that every quorum queue has a dead-letter configuration. Dead-letter queues themselves are not checked.',
  howToFix: 'Add a dead-letter exchange (a dead-letter-exchange policy, or a dead-letter connection to an exchange bound to a DLQ); a stream is a cheap target.',
  sources: [RMQ_SOURCES.quorumPoison, RMQ_SOURCES.deadLetter],
  examples: {
    failing: exampleDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'orders', type: 'quorum' }] }),
    passing: exampleDesign({
      nodes: [
        { kind: 'rabbitmq-queue', id: 'orders', type: 'quorum' },
        { kind: 'rabbitmq-exchange', id: 'orders-dlx', type: 'fanout' },
        { kind: 'rabbitmq-queue', id: 'orders-dlq', role: 'dead-letter' },
      ],
      connections: [
        { from: 'orders', to: 'orders-dlx', kind: 'dead-letter' },
        { from: 'orders-dlx', to: 'orders-dlq', kind: 'bind' },
      ],
    }),
  },
};
