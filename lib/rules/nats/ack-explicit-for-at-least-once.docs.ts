import type { RuleDocs } from '../rule-docs';

/** The docs and examples of `nats/ack-explicit-for-at-least-once`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'With AckNone the server treats every delivery as acknowledged: a consumer that crashes mid-message never gets it again. Only AckExplicit (the default) or AckAll let the server redeliver what was not processed.',
  howToFix: 'Set ack_policy=explicit and acknowledge each message after it has been processed.',
  sources: [{ label: 'NATS docs: consumers, AckPolicy', url: 'https://docs.nats.io/nats-concepts/jetstream/consumers#ackpolicy' }],
  examples: {
    failing: {
      queuewright: 2,
      nodes: [
        { kind: 'producer', id: 'writer', name: 'writer' },
        { kind: 'nats-stream', id: 'orders', name: 'ORDERS' },
        { kind: 'consumer-group', id: 'billing', name: 'billing', nats: { ack_policy: 'none' } },
      ],
      connections: [
        { id: 'writer--orders', kind: 'publish', from: 'writer', to: 'orders' },
        { id: 'c', kind: 'consume', from: 'orders', to: 'billing' },
      ],
    },
    passing: {
      queuewright: 2,
      nodes: [
        { kind: 'producer', id: 'writer', name: 'writer' },
        { kind: 'nats-stream', id: 'orders', name: 'ORDERS' },
        { kind: 'consumer-group', id: 'billing', name: 'billing', nats: { ack_policy: 'explicit' } },
      ],
      connections: [
        { id: 'writer--orders', kind: 'publish', from: 'writer', to: 'orders' },
        { id: 'c', kind: 'consume', from: 'orders', to: 'billing' },
      ],
    },
  },
};
