import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

/** The docs and examples of `rabbitmq/ordering-chain`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'Queue order is only the start. It is lost when the single consumer processes messages in parallel (several handlers with more than one message prefetched, or hand-off to a thread pool); when consumers poll with basic.get, to which single active consumer does not apply; when failed messages come back through a retry path (a TTL retry queue, a consumer republishing) behind newer ones; and, on quorum queues before RabbitMQ 4.0 without a delivery limit, when requeued messages are put at the back. Competing consumers, priorities and publishing channels are checked by rabbitmq/ordered-queue-single-active-consumer, rabbitmq/ordering-no-priorities and rabbitmq/ordering-single-publishing-channel.',
  howToFix:
    'Process one message at a time per queue (or per key), subscribe instead of polling, retry in place instead of through a retry queue (or accept the reordering), and set a delivery limit on quorum queues.',
  sources: [RMQ_SOURCES.queueOrdering, RMQ_SOURCES.singleActiveConsumer, RMQ_SOURCES.quorumPoison],
  examples: {
    failing: exampleDesign({
      nodes: [
        { kind: 'producer', id: 'writer' },
        { kind: 'rabbitmq-queue', id: 'account-events', arguments: { 'x-single-active-consumer': true } },
        { kind: 'consumer-group', id: 'ledger', concurrency: 8 },
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
        { kind: 'consumer-group', id: 'ledger', concurrency: 1 },
      ],
      connections: [
        { from: 'writer', to: 'account-events', kind: 'publish' },
        { from: 'account-events', to: 'ledger', kind: 'consume' },
      ],
    }),
  },
};
