import { testRule } from '../rule-tester';
import { subscriptionTypeKeepsOrder } from './subscription-type-keeps-order';

const flow = (ordering: string, fields: Record<string, unknown> = {}) => ({
  requirements: { ordering },
  nodes: [
    { kind: 'producer', id: 'p' },
    { kind: 'pulsar-topic', id: 't' },
    { kind: 'pulsar-subscription', id: 's', ...fields },
    { kind: 'consumer-group', id: 'c', instances: 2 },
  ],
  connections: [
    { from: 'p', to: 't' },
    { from: 't', to: 's' },
    { from: 's', to: 'c' },
  ],
});

testRule(subscriptionTypeKeepsOrder, {
  valid: [
    { name: 'Key_Shared on a per-key flow', design: flow('per-key', { subscriptionType: 'Key_Shared' }) },
    { name: 'the client default, Exclusive, on a strict flow', design: flow('strict') },
    { name: 'Failover on a strict flow', design: flow('strict', { subscriptionType: 'Failover' }) },
    { name: 'Shared on a flow that needs no ordering', design: flow('none', { subscriptionType: 'Shared' }) },
    {
      name: 'a Shared subscription of a dead letter topic',
      design: {
        requirements: { ordering: 'per-key' },
        nodes: [
          { kind: 'pulsar-topic', id: 'dlq', role: 'dead-letter' },
          { kind: 'pulsar-subscription', id: 's', subscriptionType: 'Shared' },
          { kind: 'consumer-group', id: 'c' },
        ],
        connections: [
          { from: 'dlq', to: 's' },
          { from: 's', to: 'c' },
        ],
      },
    },
  ],
  invalid: [
    {
      name: 'Shared on a per-key flow',
      design: flow('per-key', { subscriptionType: 'Shared' }),
      findings: [{ target: 's', messageIncludes: 'round robin' }],
      output: { nodes: { s: { subscriptionType: 'Key_Shared' } } },
    },
    {
      name: 'Key_Shared on a strictly ordered flow',
      design: flow('strict', { subscriptionType: 'Key_Shared' }),
      findings: [{ target: 's', messageIncludes: 'needs strict ordering' }],
      output: { nodes: { s: { subscriptionType: 'Failover' } } },
    },
  ],
});
