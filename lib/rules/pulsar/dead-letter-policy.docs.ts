import type { RuleDocs } from '../rule-docs';
import { PULSAR_DOCS } from './_sources';

const design = (maxRedeliverCount?: number) => ({
  queuewright: 2,
  requirements: { ordering: 'none', delivery: 'at-least-once' },
  nodes: [
    { kind: 'producer', id: 'orders-api' },
    { kind: 'pulsar-topic', id: 'orders' },
    { kind: 'pulsar-subscription', id: 'billing', subscriptionType: 'Shared', ...(maxRedeliverCount === undefined ? {} : { maxRedeliverCount }) },
    { kind: 'consumer-group', id: 'billing-service' },
    { kind: 'pulsar-topic', id: 'orders-billing-DLQ', role: 'dead-letter' },
  ],
  connections: [
    { from: 'orders-api', to: 'orders' },
    { from: 'orders', to: 'billing' },
    { from: 'billing', to: 'billing-service' },
    { from: 'billing', to: 'orders-billing-DLQ', kind: 'dead-letter' as const },
  ],
});

/** The docs and examples of `pulsar/dead-letter-policy`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "A Pulsar consumer that fails a message negatively acknowledges it (or lets the acknowledgment timeout expire), and the broker redelivers it. Nothing stops that loop unless the consumer has a dead letter policy: with maxRedeliverCount set, a message redelivered that many times is published to the dead letter topic ({topic}-{subscription}-DLQ unless named) and acknowledged on the subscription. Without one, a poison message comes back for ever, each time taking a consumer's time, and on a Key_Shared subscription it holds back its key. Pulsar applies the policy to Shared and Key_Shared subscriptions only (it is disabled for Exclusive and Failover), so the rule looks at those; subscriptions of a dead letter topic are left alone.",
  howToFix:
    "Give the consumers a DeadLetterPolicy with maxRedeliverCount (a handful of attempts) and, ideally, a named deadLetterTopic with an initialSubscriptionName so its messages are kept until someone looks at them. Pair it with negative acknowledgments (or an ack timeout) so failed messages come back, and watch the dead letter topic's backlog.",
  sources: [PULSAR_DOCS.deadLetterTopic, PULSAR_DOCS.negativeAck, PULSAR_DOCS.consumerBuilder],
  examples: { failing: design(), passing: design(5) },
};
