import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

/** The docs and examples of `rabbitmq/dlx-when-messages-can-die`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'A message is dead-lettered when a consumer rejects it without requeueing, when its TTL expires, or when the queue overflows. Without a DLX all three simply discard the message: a failed order or an expired retry vanishes without a trace. (Overflow is checked by rabbitmq/max-length-drop-head-silent; quorum queues by rabbitmq/quorum-queue-has-dlx.)',
  howToFix: 'Add a dead-letter exchange (policy or dead-letter connection) bound to a dead-letter queue.',
  sources: [RMQ_SOURCES.deadLetter, RMQ_SOURCES.ttl, RMQ_SOURCES.confirmsRequeue],
  examples: {
    failing: exampleDesign({
      nodes: [
        { kind: 'rabbitmq-queue', id: 'orders', type: 'classic' },
        { kind: 'consumer-group', id: 'billing' },
      ],
      connections: [{ from: 'orders', to: 'billing', kind: 'consume' }],
    }),
    passing: exampleDesign({
      nodes: [
        { kind: 'rabbitmq-queue', id: 'orders', type: 'classic' },
        { kind: 'consumer-group', id: 'billing' },
        { kind: 'rabbitmq-exchange', id: 'orders-dlx', type: 'fanout' },
        { kind: 'rabbitmq-queue', id: 'orders-dlq', role: 'dead-letter' },
      ],
      connections: [
        { from: 'orders', to: 'billing', kind: 'consume' },
        { from: 'orders', to: 'orders-dlx', kind: 'dead-letter' },
        { from: 'orders-dlx', to: 'orders-dlq', kind: 'bind' },
      ],
    }),
  },
};
