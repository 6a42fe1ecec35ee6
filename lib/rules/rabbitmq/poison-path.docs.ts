import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

/** The docs and examples of `rabbitmq/poison-path`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'A consumer that nacks with requeue=true on failure puts a poison message (one that always fails) straight back at the head of the queue, where it is delivered again at once. Quorum queues count deliveries and dead-letter the message past the delivery limit; classic queues have no such limit, so the message loops forever, burning CPU and network and holding up the messages behind it. (Quorum queues without a DLX or with the limit off are rabbitmq/quorum-queue-has-dlx and rabbitmq/qq-delivery-limit-enabled.)',
  howToFix:
    'Reject failed messages without requeueing (requeue=false) so they go to the dead-letter exchange, counting redeliveries (the redelivered flag, x-death) if a retry is wanted; or use a quorum queue with a delivery limit and a DLX.',
  sources: [RMQ_SOURCES.confirmsRequeue, RMQ_SOURCES.quorumPoison, RMQ_SOURCES.quorumFeatures],
  examples: {
    failing: exampleDesign({
      nodes: [
        { kind: 'rabbitmq-queue', id: 'orders', type: 'classic' },
        { kind: 'consumer-group', id: 'billing', rabbitmq: { requeueOnError: true } },
      ],
      connections: [{ from: 'orders', to: 'billing', kind: 'consume' }],
    }),
    passing: exampleDesign({
      nodes: [
        { kind: 'rabbitmq-queue', id: 'orders', type: 'quorum' },
        { kind: 'consumer-group', id: 'billing', rabbitmq: { requeueOnError: true } },
      ],
      connections: [{ from: 'orders', to: 'billing', kind: 'consume' }],
    }),
  },
};
