import type { RuleDocs } from '../rule-docs';
import { NATS_SOURCES } from './_sources';

/** The docs and examples of `nats/max-deliver-bounded`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'The server default is max_deliver=-1: a message that always fails (a poison message) is redelivered forever, using consumer capacity and, with a small max_ack_pending, blocking the messages behind it.',
  howToFix: 'Set max_deliver to a small number (5 to 10), with a backoff, and handle the MAX_DELIVERIES advisory to dead-letter what exhausts it.',
  sources: [NATS_SOURCES.consumers],
  examples: {
    failing: {
      queuewright: 2,
      nodes: [
        { kind: 'nats-stream', id: 'orders', name: 'ORDERS' },
        { kind: 'consumer-group', id: 'billing', name: 'billing', nats: { max_deliver: -1, maxDeliveriesAdvisory: true } },
      ],
      connections: [{ id: 'c', kind: 'consume', from: 'orders', to: 'billing' }],
    },
    passing: {
      queuewright: 2,
      nodes: [
        { kind: 'nats-stream', id: 'orders', name: 'ORDERS' },
        { kind: 'consumer-group', id: 'billing', name: 'billing', nats: { max_deliver: 5, maxDeliveriesAdvisory: true } },
      ],
      connections: [{ id: 'c', kind: 'consume', from: 'orders', to: 'billing' }],
    },
  },
};
