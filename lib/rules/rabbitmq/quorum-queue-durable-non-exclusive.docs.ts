import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

/** The docs and examples of `rabbitmq/quorum-queue-durable-non-exclusive`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'Quorum queues are replicated, always-durable queues: declaring one as non-durable, exclusive or auto-delete is refused by the broker with PRECONDITION_FAILED, so the application fails at start-up. Temporary queues (RPC replies, per-connection subscriptions) are what classic exclusive queues are for.',
  howToFix: 'Declare the quorum queue durable, non-exclusive and not auto-delete; for a temporary queue use a classic exclusive queue.',
  sources: [RMQ_SOURCES.quorumFeatures, RMQ_SOURCES.quorumQueues],
  examples: {
    failing: exampleDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'replies', type: 'quorum', exclusive: true }] }),
    passing: exampleDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'replies', type: 'classic', exclusive: true, durable: false }] }),
  },
};
