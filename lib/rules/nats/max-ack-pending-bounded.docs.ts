import type { RuleDocs } from '../rule-docs';

/** The docs and examples of `nats/max-ack-pending-bounded`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'max_ack_pending caps the messages delivered but not yet acknowledged. -1 removes the cap: a slow or stuck consumer receives ever more messages it cannot process, which all time out and are redelivered together. For push consumers it is the only flow control.',
  howToFix: 'Keep the default of 1000, or size it to instances × concurrency × a few messages.',
  sources: [{ label: 'NATS docs: consumers, MaxAckPending', url: 'https://docs.nats.io/nats-concepts/jetstream/consumers#maxackpending' }],
  examples: {
    failing: {
      queuewright: 2,
      nodes: [
        { kind: 'nats-stream', id: 'orders', name: 'ORDERS' },
        { kind: 'consumer-group', id: 'billing', name: 'billing', nats: { max_ack_pending: -1 } },
      ],
      connections: [{ id: 'c', kind: 'consume', from: 'orders', to: 'billing' }],
    },
    passing: {
      queuewright: 2,
      nodes: [
        { kind: 'nats-stream', id: 'orders', name: 'ORDERS' },
        { kind: 'consumer-group', id: 'billing', name: 'billing', nats: { max_ack_pending: 1000 } },
      ],
      connections: [{ id: 'c', kind: 'consume', from: 'orders', to: 'billing' }],
    },
  },
};
