import { testRule } from '../rule-tester';
import { deduplicationForExactlyOnce } from './deduplication-for-exactly-once';

const flow = (delivery: string, topic: Record<string, unknown> = {}) => ({
  requirements: { ordering: 'none', delivery },
  nodes: [
    { kind: 'producer', id: 'p' },
    { kind: 'pulsar-topic', id: 't', ...topic },
    { kind: 'pulsar-subscription', id: 's' },
    { kind: 'consumer-group', id: 'c' },
  ],
  connections: [
    { from: 'p', to: 't' },
    { from: 't', to: 's' },
    { from: 's', to: 'c' },
  ],
});

testRule(deduplicationForExactlyOnce, {
  valid: [
    { name: 'deduplication on for an exactly-once flow', design: flow('exactly-once', { deduplication: true }) },
    { name: 'an at-least-once flow keeps the broker default', design: flow('at-least-once') },
  ],
  invalid: [
    {
      name: 'the broker default (off) on an exactly-once flow',
      design: flow('exactly-once'),
      findings: [{ target: 't', messageIncludes: 'deduplication is off' }],
      output: { nodes: { t: { deduplication: true } } },
    },
  ],
});
