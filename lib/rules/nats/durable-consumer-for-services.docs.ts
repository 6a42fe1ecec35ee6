import type { RuleDocs } from '../rule-docs';
import { NATS_SOURCES } from './_sources';

/** The docs and examples of `nats/durable-consumer-for-services`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'An ephemeral consumer keeps its state (what was delivered and acknowledged) only while it is in use: the server removes it after its inactive threshold, and a restarted service starts again from its deliver policy, skipping or repeating messages. A durable consumer persists its position across restarts and deployments.',
  howToFix: 'Give the consumer a durable name (durable=true).',
  sources: [NATS_SOURCES.consumers],
  examples: {
    failing: {
      queuewright: 2,
      nodes: [
        { kind: 'nats-stream', id: 'orders', name: 'ORDERS' },
        { kind: 'consumer-group', id: 'billing', name: 'billing', nats: { durable: false } },
      ],
      connections: [{ id: 'c', kind: 'consume', from: 'orders', to: 'billing' }],
    },
    passing: {
      queuewright: 2,
      nodes: [
        { kind: 'nats-stream', id: 'orders', name: 'ORDERS' },
        { kind: 'consumer-group', id: 'billing', name: 'billing', nats: { durable: true } },
      ],
      connections: [{ id: 'c', kind: 'consume', from: 'orders', to: 'billing' }],
    },
  },
};
