import { testRule } from '../rule-tester';
import { deadLetterTopicSubscribed } from './dead-letter-topic-subscribed';

const base = {
  nodes: [
    { kind: 'pubsub-topic', id: 'orders' },
    { kind: 'pubsub-subscription', id: 'billing' },
    { kind: 'pubsub-topic', id: 'dlt' },
  ],
  connections: [
    { from: 'orders', to: 'billing' },
    { from: 'billing', to: 'dlt', kind: 'dead-letter' as const },
  ],
};

testRule(deadLetterTopicSubscribed, {
  valid: [
    {
      name: 'the dead-letter topic has a subscription',
      design: { nodes: [...base.nodes, { kind: 'pubsub-subscription', id: 'dlt-sub' }], connections: [...base.connections, { from: 'dlt', to: 'dlt-sub' }] },
    },
    { name: 'a topic that is no dead-letter topic may be drawn without subscriptions yet', design: { nodes: [{ kind: 'pubsub-topic', id: 'lonely' }] } },
  ],
  invalid: [
    {
      name: 'dead letters go to a topic nobody subscribes to',
      design: base,
      findings: [{ target: 'dlt', messageIncludes: '"billing" has no subscription' }],
      output: {
        nodes: { 'dlt-sub': { kind: 'pubsub-subscription', expirationTtlSeconds: 0, depthAlert: true } },
        connections: { 'dlt--dlt-sub': { kind: 'subscription', from: 'dlt', to: 'dlt-sub' } },
      },
    },
    {
      name: 'two subscriptions share one unsubscribed dead-letter topic: one finding',
      design: {
        nodes: [...base.nodes, { kind: 'pubsub-subscription', id: 'shipping' }],
        connections: [...base.connections, { from: 'orders', to: 'shipping' }, { from: 'shipping', to: 'dlt', kind: 'dead-letter' as const }],
      },
      findings: [{ target: 'dlt', messageIncludes: '"billing", "shipping"' }],
    },
  ],
});
