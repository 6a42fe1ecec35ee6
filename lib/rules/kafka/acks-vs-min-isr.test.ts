import { testRule } from '../rule-tester';
import { acksVsMinIsr } from './acks-vs-min-isr';

testRule(acksVsMinIsr, {
  valid: [
    {
      name: 'acks=all, RF 3, min ISR 2',
      design: {
        nodes: [
          { kind: 'producer', id: 'api' },
          { kind: 'kafka-topic', id: 't' },
        ],
        connections: [{ from: 'api', to: 't' }],
      },
    },
    {
      name: 'acks=1 into an at-most-once topic',
      design: {
        requirements: { delivery: 'at-most-once' },
        nodes: [
          { kind: 'producer', id: 'api', kafka: { acks: '1', 'enable.idempotence': false } },
          { kind: 'kafka-topic', id: 't' },
        ],
        connections: [{ from: 'api', to: 't' }],
      },
    },
    {
      name: 'Redpanda topic',
      design: {
        clusters: [{ id: 'rp', name: 'rp', broker: 'redpanda' }],
        nodes: [
          { kind: 'producer', id: 'api' },
          { kind: 'kafka-topic', id: 't', cluster: 'rp', replicationFactor: 1 },
        ],
        connections: [{ from: 'api', to: 't' }],
      },
    },
  ],
  invalid: [
    {
      name: 'min ISR above RF with an acks=all producer',
      design: {
        nodes: [
          { kind: 'producer', id: 'api' },
          { kind: 'kafka-topic', id: 't', replicationFactor: 1 },
        ],
        connections: [{ from: 'api', to: 't' }],
      },
      findings: [{ target: 'api--t', messageIncludes: 'every write fails' }],
      output: { nodes: { t: { config: { 'min.insync.replicas': 1 } } } },
    },
    {
      name: 'a weak-acks producer next to a durable one',
      design: {
        nodes: [
          { kind: 'producer', id: 'a', kafka: { acks: '1' } },
          { kind: 'producer', id: 'b' },
          { kind: 'kafka-topic', id: 't' },
        ],
        connections: [
          { from: 'a', to: 't' },
          { from: 'b', to: 't' },
        ],
      },
      findings: [{ target: 'a--t', messageIncludes: 'acks=1' }],
      output: { nodes: { a: { kafka: { acks: 'all' } } } },
    },
  ],
});
