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
    {
      name: 'the dead letter topic of an exactly-once flow',
      design: {
        requirements: { ordering: 'none', delivery: 'exactly-once' },
        nodes: [...flow('exactly-once', { deduplication: true }).nodes, { kind: 'pulsar-topic', id: 'dlq' }],
        connections: [...flow('exactly-once').connections, { from: 's', to: 'dlq', kind: 'dead-letter' as const }],
      },
    },
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
