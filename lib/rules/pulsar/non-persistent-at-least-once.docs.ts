import type { RuleDocs } from '../rule-docs';
import { PULSAR_DOCS } from './_sources';

const design = (persistence: string) => ({
  queuewright: 2,
  requirements: { ordering: 'none', delivery: 'at-least-once' },
  nodes: [
    { kind: 'producer', id: 'payments-api' },
    { kind: 'pulsar-topic', id: 'payment-events', persistence },
    { kind: 'pulsar-subscription', id: 'ledger', subscriptionType: 'Failover' },
    { kind: 'consumer-group', id: 'ledger-service' },
  ],
  connections: [
    { from: 'payments-api', to: 'payment-events' },
    { from: 'payment-events', to: 'ledger' },
    { from: 'ledger', to: 'ledger-service' },
  ],
});

/** The docs and examples of `pulsar/non-persistent-at-least-once`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "Pulsar's non-persistent topics never write messages to BookKeeper: the broker hands each message to the connected consumers and forgets it. The documentation is explicit that a broker failure, or a topic moving to another broker, loses the messages in flight, and that a consumer whose receive queue is full misses messages the broker then drops. That suits telemetry a reader can lose; it breaks any flow that must deliver every message (business events, commands, payments).",
  howToFix:
    "Use a persistent topic (persistent://tenant/namespace/topic). If latency was the reason for non-persistence, tune the persistent topic's write quorum and batching instead, or declare the flow at-most-once if losing messages is acceptable.",
  sources: [PULSAR_DOCS.nonPersistent, PULSAR_DOCS.messaging],
  examples: { failing: design('non-persistent'), passing: design('persistent') },
};
