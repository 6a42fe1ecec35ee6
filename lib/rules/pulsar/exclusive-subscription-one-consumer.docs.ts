import type { RuleDocs } from '../rule-docs';
import { PULSAR_DOCS } from './_sources';

const design = (subscriptionType: string | undefined) => ({
  queuewright: 2,
  requirements: { ordering: 'none' },
  nodes: [
    { kind: 'producer', id: 'payments-api' },
    { kind: 'pulsar-topic', id: 'payments' },
    { kind: 'pulsar-subscription', id: 'fraud-checks', ...(subscriptionType ? { subscriptionType } : {}) },
    { kind: 'consumer-group', id: 'fraud-scorer', instances: 4 },
  ],
  connections: [
    { from: 'payments-api', to: 'payments' },
    { from: 'payments', to: 'fraud-checks' },
    { from: 'fraud-checks', to: 'fraud-scorer' },
  ],
});

/** The docs and examples of `pulsar/exclusive-subscription-one-consumer`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'On an Exclusive subscription only a single consumer may attach; the broker refuses every other consumer that subscribes with the same subscription name (ConsumerBusyException: "Exclusive consumer is already connected"). Exclusive is also the type a consumer gets when it does not name one. A consumer group scaled to several instances on it therefore reads with one instance: the others fail to start or retry forever, and the capacity the design counts on is not there.',
  howToFix:
    "Pick the type for what the instances should do. Failover (the fix) keeps Exclusive's order: one active consumer (per partition on a partitioned topic), the others on standby to take over. Shared or Key_Shared let every instance work at once, giving up one order (Key_Shared keeps per-key order). Or run the group with one instance. Every consumer of the subscription must use the same type.",
  sources: [PULSAR_DOCS.subscriptionTypes, PULSAR_DOCS.subscriptionTypeApi],
  examples: { failing: design(undefined), passing: design('Failover') },
};
