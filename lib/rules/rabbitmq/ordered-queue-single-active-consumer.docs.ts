import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

/** The docs and examples of `rabbitmq/ordered-queue-single-active-consumer`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'A queue delivers in FIFO order, but with several consumers the messages are spread round-robin and processed concurrently, so they complete out of order; and any redelivery (a nack, a crashed consumer) puts a message back behind messages that were already handed out. With x-single-active-consumer=true only one consumer receives messages at a time and the others stand by for failover, which keeps the order. For parallelism with per-key order, shard by key over several queues (consistent-hash or modulus-hash exchange), each with a single active consumer.',
  howToFix: 'Declare the queue with x-single-active-consumer=true, or shard by key over several queues with one consumer each.',
  sources: [RMQ_SOURCES.queueOrdering, RMQ_SOURCES.singleActiveConsumer],
  examples: {
    failing: exampleDesign({
      nodes: [
        { kind: 'producer', id: 'writer' },
        { kind: 'rabbitmq-queue', id: 'account-events' },
        { kind: 'consumer-group', id: 'ledger', instances: 3 },
      ],
      connections: [
        { from: 'writer', to: 'account-events', kind: 'publish' },
        { from: 'account-events', to: 'ledger', kind: 'consume' },
      ],
    }),
    passing: exampleDesign({
      nodes: [
        { kind: 'producer', id: 'writer' },
        { kind: 'rabbitmq-queue', id: 'account-events', arguments: { 'x-single-active-consumer': true } },
        { kind: 'consumer-group', id: 'ledger', instances: 3 },
      ],
      connections: [
        { from: 'writer', to: 'account-events', kind: 'publish' },
        { from: 'account-events', to: 'ledger', kind: 'consume' },
      ],
    }),
  },
};
