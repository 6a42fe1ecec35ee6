import { testRule } from '../rule-tester';
import { deadLetterPolicy } from './dead-letter-policy';

const flow = (fields: Record<string, unknown> = {}, delivery = 'at-least-once', withDlq = false) => ({
  requirements: { ordering: 'none', delivery },
  nodes: [
    { kind: 'producer', id: 'p' },
    { kind: 'pulsar-topic', id: 't', tenant: 'shop', namespace: 'orders' },
    { kind: 'pulsar-subscription', id: 's', subscriptionType: 'Shared', ...fields },
    { kind: 'consumer-group', id: 'c' },
    ...(withDlq ? [{ kind: 'pulsar-topic', id: 'dlq', role: 'dead-letter' }] : []),
  ],
  connections: [{ from: 'p', to: 't' }, { from: 't', to: 's' }, { from: 's', to: 'c' }, ...(withDlq ? [{ from: 's', to: 'dlq', kind: 'dead-letter' as const }] : [])],
});

testRule(deadLetterPolicy, {
  valid: [
    { name: 'a Shared subscription with maxRedeliverCount', design: flow({ maxRedeliverCount: 5 }) },
    { name: 'an at-most-once flow', design: flow({}, 'at-most-once') },
    { name: 'an Exclusive subscription (the client applies no dead letter policy to it)', design: flow({ subscriptionType: 'Exclusive' }) },
    {
      name: 'a subscription nobody consumes',
      design: {
        nodes: [
          { kind: 'pulsar-topic', id: 't' },
          { kind: 'pulsar-subscription', id: 's', subscriptionType: 'Shared' },
        ],
        connections: [{ from: 't', to: 's' }],
      },
    },
  ],
  invalid: [
    {
      name: 'a Shared subscription without a dead letter policy: the fix adds the DLQ topic',
      design: flow(),
      findings: [{ target: 's', messageIncludes: 'redelivered forever' }],
      output: { nodes: { s: { maxRedeliverCount: 5 }, 't-s-dlq': { kind: 'pulsar-topic', role: 'dead-letter', tenant: 'shop', namespace: 'orders' } } },
    },
    {
      name: 'a Key_Shared subscription with a dead letter topic but no maxRedeliverCount',
      design: flow({ subscriptionType: 'Key_Shared' }, 'at-least-once', true),
      findings: [{ target: 's', messageIncludes: 'no dead letter policy' }],
      output: { nodes: { s: { maxRedeliverCount: 5 } } },
    },
  ],
});
