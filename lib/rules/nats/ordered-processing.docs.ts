import type { RuleDocs } from '../rule-docs';
import { NATS_SOURCES } from './_sources';

/** The docs and examples of `nats/ordered-processing`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "JetStream delivers a stream in order, but a consumer shared by several workers (instances, handler threads, or a deliver_group) hands consecutive messages to different workers, which finish in any order; and with more than one unacknowledged message allowed (max_ack_pending > 1) a redelivered message arrives after later ones. For strict ordering even a single worker is reordered by redeliveries. NATS's ordered consumers are single-threaded and not load-balanced for this reason. (A heuristic derived from the consumer docs.)",
  howToFix: 'Set max_ack_pending=1 so one message is in flight at a time, or split the stream by subject (one consumer per partition of keys) and run one worker per consumer.',
  sources: [{ label: 'NATS docs: consumers, ordered consumers', url: 'https://docs.nats.io/nats-concepts/jetstream/consumers#ordered-consumers' }, NATS_SOURCES.consumers],
  examples: {
    failing: {
      queuewright: 2,
      requirements: { ordering: 'per-key' },
      nodes: [
        { kind: 'producer', id: 'writer', name: 'writer' },
        { kind: 'nats-stream', id: 'accounts', name: 'ACCOUNTS' },
        { kind: 'consumer-group', id: 'balances', name: 'balances', instances: 3, nats: { max_ack_pending: 1000 } },
      ],
      connections: [
        { id: 'writer--accounts', kind: 'publish', from: 'writer', to: 'accounts' },
        { id: 'c', kind: 'consume', from: 'accounts', to: 'balances' },
      ],
    },
    passing: {
      queuewright: 2,
      requirements: { ordering: 'per-key' },
      nodes: [
        { kind: 'producer', id: 'writer', name: 'writer' },
        { kind: 'nats-stream', id: 'accounts', name: 'ACCOUNTS' },
        { kind: 'consumer-group', id: 'balances', name: 'balances', instances: 3, nats: { max_ack_pending: 1 } },
      ],
      connections: [
        { id: 'writer--accounts', kind: 'publish', from: 'writer', to: 'accounts' },
        { id: 'c', kind: 'consume', from: 'accounts', to: 'balances' },
      ],
    },
  },
};
