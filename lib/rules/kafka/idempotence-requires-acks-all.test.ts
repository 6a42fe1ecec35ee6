import { testRule } from '../rule-tester';
import { idempotenceRequiresAcksAll } from './idempotence-requires-acks-all';

const topic = { kind: 'kafka-topic', id: 'orders' };

testRule(idempotenceRequiresAcksAll, {
  valid: [
    { name: 'defaults (acks=all, idempotent)', design: { nodes: [{ kind: 'producer', id: 'api' }, topic], connections: [{ from: 'api', to: 'orders' }] } },
    {
      name: 'acks=1 with idempotence off',
      design: {
        nodes: [{ kind: 'producer', id: 'api', kafka: { acks: '1', 'enable.idempotence': false } }, topic],
        connections: [{ from: 'api', to: 'orders' }],
      },
    },
    {
      name: 'acks=-1 counts as all',
      design: { nodes: [{ kind: 'producer', id: 'api', kafka: { acks: '-1' } }, topic], connections: [{ from: 'api', to: 'orders' }] },
    },
    {
      name: 'a producer that does not publish to Kafka',
      design: {
        nodes: [
          { kind: 'producer', id: 'api', kafka: { acks: '0' } },
          { kind: 'sqs-queue', id: 'q' },
        ],
        connections: [{ from: 'api', to: 'q' }],
      },
    },
  ],
  invalid: [
    {
      name: 'acks=1 on an at-least-once flow: set acks=all',
      design: { nodes: [{ kind: 'producer', id: 'api', kafka: { acks: '1' } }, topic], connections: [{ from: 'api', to: 'orders' }] },
      findings: [{ target: 'api', messageIncludes: 'acks=1' }],
      output: { nodes: { api: { kafka: { acks: 'all', 'enable.idempotence': true } } } },
    },
    {
      name: 'acks=0 on an at-most-once flow: turn idempotence off',
      design: {
        requirements: { delivery: 'at-most-once' },
        nodes: [{ kind: 'producer', id: 'api', kafka: { acks: 0 } }, topic],
        connections: [{ from: 'api', to: 'orders' }],
      },
      findings: [{ target: 'api', messageIncludes: 'acks=0' }],
      output: { nodes: { api: { kafka: { acks: '0', 'enable.idempotence': false } } } },
    },
  ],
});
