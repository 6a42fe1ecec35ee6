import { testRule } from '../rule-tester';
import { addressFullPolicyDrop } from './address-full-policy-drop';

const flow = (delivery: string, settings: Record<string, unknown>) => ({
  requirements: { delivery },
  nodes: [
    { kind: 'producer', id: 'api' },
    { kind: 'artemis-address', id: 'orders', settings },
  ],
  connections: [{ from: 'api', to: 'orders' }],
});

testRule(addressFullPolicyDrop, {
  valid: [
    { name: 'PAGE (the default)', design: flow('at-least-once', {}) },
    { name: 'FAIL tells the producer', design: flow('at-least-once', { 'address-full-policy': 'FAIL' }) },
    { name: 'DROP on an at-most-once flow', design: flow('at-most-once', { 'address-full-policy': 'DROP' }) },
    { name: 'DROP on an address no flow reaches', design: { nodes: [{ kind: 'artemis-address', id: 'orders', settings: { 'address-full-policy': 'DROP' } }] } },
  ],
  invalid: [
    {
      name: 'DROP on an at-least-once flow, limited by size',
      design: flow('at-least-once', { 'address-full-policy': 'DROP', 'max-size-bytes': 1000 }),
      findings: [{ target: 'orders', messageIncludes: 'once it holds max-size-bytes=1000, the broker silently discards' }],
      output: { nodes: { orders: { settings: { 'address-full-policy': 'PAGE', 'max-size-bytes': 1000 } } } },
    },
    {
      name: 'DROP on an exactly-once flow, limited by the global size',
      design: flow('exactly-once', { 'address-full-policy': 'DROP' }),
      findings: [{ target: 'orders', messageIncludes: 'carries an exactly-once flow but address-full-policy=DROP: once it holds the global-max-size' }],
      output: { nodes: { orders: { settings: { 'address-full-policy': 'PAGE' } } } },
    },
  ],
});
