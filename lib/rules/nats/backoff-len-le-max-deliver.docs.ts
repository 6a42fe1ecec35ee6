import type { RuleDocs } from '../rule-docs';
import { NATS_SOURCES } from './_sources';

/** The docs and examples of `nats/backoff-len-le-max-deliver`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'The server refuses a consumer whose backoff has more entries than max_deliver (error 10116, "max deliver is required to be > length of backoff values", although equal lengths are accepted). Each entry is the wait before one redelivery, so entries beyond max_deliver could never be used. Backoff applies to ack timeouts only, not to naks.',
  howToFix: 'Raise max_deliver to at least the number of backoff entries (one more uses them all), or shorten the backoff list.',
  sources: [NATS_SOURCES.consumers],
  examples: {
    failing: {
      queuewright: 2,
      nodes: [
        { kind: 'nats-stream', id: 'orders', name: 'ORDERS' },
        { kind: 'consumer-group', id: 'billing', name: 'billing', nats: { max_deliver: 2, backoff: ['1s', '10s', '60s'] } },
      ],
      connections: [{ id: 'c', kind: 'consume', from: 'orders', to: 'billing' }],
    },
    passing: {
      queuewright: 2,
      nodes: [
        { kind: 'nats-stream', id: 'orders', name: 'ORDERS' },
        { kind: 'consumer-group', id: 'billing', name: 'billing', nats: { max_deliver: 4, backoff: ['1s', '10s', '60s'] } },
      ],
      connections: [{ id: 'c', kind: 'consume', from: 'orders', to: 'billing' }],
    },
  },
};
