import type { RuleDocs } from '../rule-docs';
import { NATS_SOURCES } from './_sources';

/** The docs and examples of `nats/max-deliver-dlq-handler`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'JetStream has no dead-letter queue of its own: when a message reaches max_deliver the server stops delivering it and publishes a $JS.EVENT.ADVISORY.CONSUMER.MAX_DELIVERIES.<stream>.<consumer> advisory. The message itself stays in the stream (in a work-queue stream it must be deleted by hand) and nobody notices it failed. The NATS docs name this advisory as the hook for a dead-letter queue.',
  howToFix: 'Subscribe to the MAX_DELIVERIES advisory and copy the failed message (fetched by its stream sequence) to a dead-letter stream, with an alert on its depth.',
  sources: [NATS_SOURCES.devConsumers, NATS_SOURCES.streams],
  examples: {
    failing: {
      queuewright: 2,
      nodes: [
        { kind: 'nats-stream', id: 'orders', name: 'ORDERS' },
        { kind: 'consumer-group', id: 'billing', name: 'billing', nats: { max_deliver: 5 } },
      ],
      connections: [{ id: 'c', kind: 'consume', from: 'orders', to: 'billing' }],
    },
    passing: {
      queuewright: 2,
      nodes: [
        { kind: 'nats-stream', id: 'orders', name: 'ORDERS' },
        { kind: 'consumer-group', id: 'billing', name: 'billing', nats: { max_deliver: 5, maxDeliveriesAdvisory: true } },
        { kind: 'nats-stream', id: 'billing-dlq', name: 'billing-dlq', role: 'dead-letter', subjects: ['dlq.billing'], depthAlert: true },
      ],
      connections: [
        { id: 'c', kind: 'consume', from: 'orders', to: 'billing' },
        { id: 'd', kind: 'dead-letter', from: 'billing', to: 'billing-dlq' },
      ],
    },
  },
};
