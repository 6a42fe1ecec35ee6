import type { RuleDocs } from '../rule-docs';
import { NATS_SOURCES } from './_sources';

/** The docs and examples of `nats/limits-stream-bounded`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'A stream with retention=limits never deletes a message because it was consumed: only its limits do. Without any, it grows until the account or server storage runs out, and then publishes to every stream of that account or server start failing.',
  howToFix: 'Set max_age to the replay window the flow needs (and/or max_bytes to what the servers can store).',
  sources: [NATS_SOURCES.streams],
  examples: {
    failing: { queuewright: 2, nodes: [{ kind: 'nats-stream', id: 'orders', name: 'ORDERS' }] },
    passing: { queuewright: 2, nodes: [{ kind: 'nats-stream', id: 'orders', name: 'ORDERS', max_age: '7d' }] },
  },
};
