import type { RuleDocs } from '../rule-docs';
import { PULSAR_DOCS } from './_sources';

const design = (deduplication: boolean) => ({
  queuewright: 2,
  requirements: { ordering: 'per-key', delivery: 'exactly-once' },
  nodes: [
    { kind: 'producer', id: 'payments-api' },
    { kind: 'pulsar-topic', id: 'payments', deduplication },
    { kind: 'pulsar-subscription', id: 'ledger', subscriptionType: 'Failover' },
    { kind: 'consumer-group', id: 'ledger-service', idempotent: true },
  ],
  connections: [
    { from: 'payments-api', to: 'payments' },
    { from: 'payments', to: 'ledger' },
    { from: 'ledger', to: 'ledger-service' },
  ],
});

/** The docs and examples of `pulsar/deduplication-for-exactly-once`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "A Pulsar producer resends a message when it does not receive the broker's acknowledgment in time. Without deduplication the broker cannot tell the resend from a new message and stores both, so every subscription reads it twice. With deduplication enabled (brokerDeduplicationEnabled, or per namespace or topic), the broker remembers each producer's highest sequence id and drops a message it has already persisted: the producer side of effectively-once. It is off by default. Non-persistent topics are left to pulsar/non-persistent-at-least-once, and dead letter topics, kept for triage, are left alone.",
  howToFix:
    'Enable deduplication on the namespace (pulsar-admin namespaces set-deduplication --enable) or the topic, and give producers a stable producer name and sequence ids (and a send timeout of 0 for infinite retries) so the broker can recognise their resends.',
  sources: [PULSAR_DOCS.deduplication, PULSAR_DOCS.brokerConf],
  examples: { failing: design(false), passing: design(true) },
};
