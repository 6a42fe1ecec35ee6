import type { RuleDocs } from '../rule-docs';

/** The docs and examples of `nats/interest-retention-consumers-first`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'A stream with retention=interest keeps a message only while some consumer has yet to acknowledge it. A message published when the stream has no consumers is deleted at once; an ephemeral consumer stops counting when it goes away, so what is published meanwhile is lost to it. Creation order is not in the design, but durable consumers are: they register interest that survives restarts.',
  howToFix: 'Create durable consumers for every service that reads the stream before the producers start, or use retention=limits.',
  sources: [{ label: 'NATS docs: streams, RetentionPolicy', url: 'https://docs.nats.io/nats-concepts/jetstream/streams#retentionpolicy' }],
  examples: {
    failing: {
      queuewright: 2,
      nodes: [
        { kind: 'producer', id: 'orders-api', name: 'orders-api' },
        { kind: 'nats-stream', id: 'orders', name: 'ORDERS', retention: 'interest' },
      ],
      connections: [{ id: 'p', kind: 'publish', from: 'orders-api', to: 'orders' }],
    },
    passing: {
      queuewright: 2,
      nodes: [
        { kind: 'producer', id: 'orders-api', name: 'orders-api' },
        { kind: 'nats-stream', id: 'orders', name: 'ORDERS', retention: 'interest' },
        { kind: 'consumer-group', id: 'billing', name: 'billing', nats: { durable: true } },
      ],
      connections: [
        { id: 'p', kind: 'publish', from: 'orders-api', to: 'orders' },
        { id: 'c', kind: 'consume', from: 'orders', to: 'billing' },
      ],
    },
  },
};
