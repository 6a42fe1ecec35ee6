import type { RuleDocs } from '../rule-docs';
import { NATS_SOURCES } from './_sources';

/** The docs and examples of `nats/exactly-once-chain`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'JetStream gives exactly-once in two halves. On publish, the stream drops a message whose Nats-Msg-Id it has already stored within duplicate_window (default 2 minutes): without the header, or with a retry that outlasts the window, a retried publish is stored twice. On consume, a plain Ack can be lost, and the server then redelivers a message that was processed; AckSync (a "double ack") waits until the server confirms the ack. One missing link breaks the guarantee the flow declares.',
  howToFix: 'Set a unique Nats-Msg-Id (e.g. the business event id) on every publish, make duplicate_window at least as long as the producer keeps retrying, and acknowledge with AckSync.',
  sources: [
    { label: 'NATS docs: model deep dive, message deduplication', url: 'https://docs.nats.io/using-nats/jetstream/model_deep_dive#message-deduplication' },
    { label: 'NATS docs: model deep dive, exactly once semantics', url: 'https://docs.nats.io/using-nats/jetstream/model_deep_dive#exactly-once-semantics' },
    NATS_SOURCES.jetstream,
  ],
  examples: {
    failing: {
      queuewright: 2,
      requirements: { delivery: 'exactly-once' },
      nodes: [
        { kind: 'producer', id: 'payments-api', name: 'payments-api', nats: { msgIdHeader: false }, retryHorizon: '10m' },
        { kind: 'nats-stream', id: 'payments', name: 'PAYMENTS', duplicate_window: '2m' },
        { kind: 'consumer-group', id: 'ledger', name: 'ledger', nats: { ackSync: false } },
      ],
      connections: [
        { id: 'p', kind: 'publish', from: 'payments-api', to: 'payments' },
        { id: 'c', kind: 'consume', from: 'payments', to: 'ledger' },
      ],
    },
    passing: {
      queuewright: 2,
      requirements: { delivery: 'exactly-once' },
      nodes: [
        { kind: 'producer', id: 'payments-api', name: 'payments-api', nats: { msgIdHeader: true }, retryHorizon: '10m' },
        { kind: 'nats-stream', id: 'payments', name: 'PAYMENTS', duplicate_window: '10m' },
        { kind: 'consumer-group', id: 'ledger', name: 'ledger', nats: { ackSync: true } },
      ],
      connections: [
        { id: 'p', kind: 'publish', from: 'payments-api', to: 'payments' },
        { id: 'c', kind: 'consume', from: 'payments', to: 'ledger' },
      ],
    },
  },
};
