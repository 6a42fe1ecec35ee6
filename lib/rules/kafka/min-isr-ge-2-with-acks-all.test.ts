import { testRule } from '../rule-tester';
import { minIsrGe2WithAcksAll } from './min-isr-ge-2-with-acks-all';

const publish = [{ from: 'api', to: 't' }];

testRule(minIsrGe2WithAcksAll, {
  valid: [
    {
      name: 'defaults',
      design: {
        nodes: [
          { kind: 'producer', id: 'api' },
          { kind: 'kafka-topic', id: 't' },
        ],
        connections: publish,
      },
    },
    {
      name: 'min ISR 1 but only acks=1 producers',
      design: {
        nodes: [
          { kind: 'producer', id: 'api', kafka: { acks: '1' } },
          { kind: 'kafka-topic', id: 't', config: { 'min.insync.replicas': 1 } },
        ],
        connections: publish,
      },
    },
    {
      name: 'min ISR 1 with RF 2',
      design: {
        nodes: [
          { kind: 'producer', id: 'api' },
          { kind: 'kafka-topic', id: 't', replicationFactor: 2, config: { 'min.insync.replicas': 1 } },
        ],
        connections: publish,
      },
    },
  ],
  invalid: [
    {
      name: 'RF 3, min ISR 1, acks=all',
      design: {
        nodes: [
          { kind: 'producer', id: 'api' },
          { kind: 'kafka-topic', id: 't', config: { 'min.insync.replicas': 1 } },
        ],
        connections: publish,
      },
      findings: [{ target: 't', messageIncludes: 'min.insync.replicas=1' }],
      output: { nodes: { t: { config: { 'min.insync.replicas': 2 } } } },
    },
  ],
});
