import { testRule } from '../rule-tester';
import { nonPersistentAtLeastOnce } from './non-persistent-at-least-once';

const flow = (persistence: string, delivery: string) => ({
  requirements: { ordering: 'none', delivery },
  nodes: [
    { kind: 'producer', id: 'p' },
    { kind: 'pulsar-topic', id: 't', persistence },
    { kind: 'pulsar-subscription', id: 's' },
    { kind: 'consumer-group', id: 'c' },
  ],
  connections: [
    { from: 'p', to: 't' },
    { from: 't', to: 's' },
    { from: 's', to: 'c' },
  ],
});

testRule(nonPersistentAtLeastOnce, {
  valid: [
    { name: 'a persistent topic on an at-least-once flow', design: flow('persistent', 'at-least-once') },
    { name: 'a non-persistent topic for telemetry that may be lost (at-most-once)', design: flow('non-persistent', 'at-most-once') },
  ],
  invalid: [
    {
      name: 'a non-persistent topic on an at-least-once flow',
      design: flow('non-persistent', 'at-least-once'),
      findings: [{ target: 't', messageIncludes: 'needs at-least-once delivery' }],
      output: { nodes: { t: { persistence: 'persistent' } } },
    },
    {
      name: 'a non-persistent topic on an exactly-once flow',
      design: flow('non-persistent', 'exactly-once'),
      findings: [{ target: 't', messageIncludes: 'needs exactly-once delivery' }],
      output: { nodes: { t: { persistence: 'persistent' } } },
    },
  ],
});
