import type { RuleDocs } from '../rule-docs';
import { PULSAR_DOCS } from './_sources';

const design = (subscriptionType: string) => ({
  queuewright: 2,
  requirements: { ordering: 'per-key' },
  nodes: [
    { kind: 'producer', id: 'accounts-api', keyStrategy: 'entity-id' },
    { kind: 'pulsar-topic', id: 'account-events' },
    { kind: 'pulsar-subscription', id: 'statements', subscriptionType },
    { kind: 'consumer-group', id: 'statement-service', instances: 3 },
  ],
  connections: [
    { from: 'accounts-api', to: 'account-events' },
    { from: 'account-events', to: 'statements' },
    { from: 'statements', to: 'statement-service' },
  ],
});

/** The docs and examples of `pulsar/subscription-type-keeps-order`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "A Pulsar subscription's type decides how its consumers share the messages. Exclusive and Failover deliver to one active consumer at a time, in order (per partition on a partitioned topic). Shared dispatches round robin across all connected consumers and the client documents that the consumption order is not guaranteed: two messages of one key can be processed at once on two consumers, and a redelivered message comes back after later ones. Key_Shared sends all messages of a key to one consumer, which keeps per-key order but not one order across keys. Subscriptions of a dead letter topic are left alone.",
  howToFix:
    "For a per-key flow, make the subscription Key_Shared (and publish with the entity id as the message key); for a strictly ordered flow, make it Failover (one active consumer, the others on standby), or Exclusive when a single consumer instance reads it (Exclusive refuses every other consumer). The type is the consumers' subscriptionType: every consumer of the subscription must change it together.",
  sources: [PULSAR_DOCS.subscriptionTypes, PULSAR_DOCS.subscriptionTypeApi, PULSAR_DOCS.ordering],
  examples: { failing: design('Shared'), passing: design('Key_Shared') },
};
