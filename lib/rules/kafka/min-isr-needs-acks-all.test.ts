import { testRule } from '../rule-tester';
import { minIsrNeedsAcksAll } from './min-isr-needs-acks-all';

testRule(minIsrNeedsAcksAll, {
  valid: [
    {
      name: 'acks=all',
      design: {
        nodes: [
          { kind: 'producer', id: 'api' },
          { kind: 'kafka-topic', id: 't' },
        ],
        connections: [{ from: 'api', to: 't' }],
      },
    },
    {
      name: 'acks=1 on a topic with min ISR 1',
      design: {
        nodes: [
          { kind: 'producer', id: 'api', kafka: { acks: '1' } },
          { kind: 'kafka-topic', id: 't', config: { 'min.insync.replicas': 1 } },
        ],
        connections: [{ from: 'api', to: 't' }],
      },
    },
    {
      name: 'acks=1 on an at-most-once topic that keeps the default min ISR',
      design: {
        requirements: { delivery: 'at-most-once' },
        nodes: [
          { kind: 'producer', id: 'api', kafka: { acks: '1' } },
          { kind: 'kafka-topic', id: 't' },
        ],
        connections: [{ from: 'api', to: 't' }],
      },
    },
  ],
  invalid: [
    {
      name: 'two producers with weak acks',
      design: {
        nodes: [
          { kind: 'producer', id: 'a', kafka: { acks: '1' } },
          { kind: 'producer', id: 'b', kafka: { acks: '0', 'enable.idempotence': false } },
          { kind: 'producer', id: 'c' },
          { kind: 'kafka-topic', id: 't' },
        ],
        connections: [
          { from: 'a', to: 't' },
          { from: 'b', to: 't' },
          { from: 'c', to: 't' },
        ],
      },
      findings: [{ target: 't', messageIncludes: '"a" (acks=1), "b" (acks=0)' }],
      output: { nodes: { a: { kafka: { acks: 'all' } }, b: { kafka: { acks: 'all' } } } },
    },
  ],
});
