import { testRule } from '../rule-tester';
import { transactionalIdUnique } from './transactional-id-unique';

const topic = { kind: 'kafka-topic', id: 'ledger' };
const east = { kind: 'kafka-topic', id: 'east-ledger', cluster: 'east' };
const clusters = [{ id: 'east', name: 'east', broker: 'kafka' }];

testRule(transactionalIdUnique, {
  valid: [
    {
      name: 'one producer with three instances: each instance gets <id>-<n>',
      design: { nodes: [{ kind: 'producer', id: 'payments', instances: 3, kafka: { 'transactional.id': 'payments-tx' } }, topic], connections: [{ from: 'payments', to: 'ledger' }] },
    },
    {
      name: 'two producers with their own ids',
      design: {
        nodes: [{ kind: 'producer', id: 'a', kafka: { 'transactional.id': 'tx-a' } }, { kind: 'producer', id: 'b', kafka: { 'transactional.id': 'tx-b' } }, topic],
        connections: [
          { from: 'a', to: 'ledger' },
          { from: 'b', to: 'ledger' },
        ],
      },
    },
    {
      name: 'the same id on two clusters (transactional ids are per cluster)',
      design: {
        clusters,
        nodes: [{ kind: 'producer', id: 'a', kafka: { 'transactional.id': 'tx' } }, { kind: 'producer', id: 'b', kafka: { 'transactional.id': 'tx' } }, topic, east],
        connections: [
          { from: 'a', to: 'ledger' },
          { from: 'b', to: 'east-ledger' },
        ],
      },
    },
    {
      name: 'producers without transactions',
      design: {
        nodes: [{ kind: 'producer', id: 'a', instances: 4 }, { kind: 'producer', id: 'b' }, topic],
        connections: [
          { from: 'a', to: 'ledger' },
          { from: 'b', to: 'ledger' },
        ],
      },
    },
  ],
  invalid: [
    {
      name: 'two producers with one transactional.id',
      design: {
        nodes: [{ kind: 'producer', id: 'a', kafka: { 'transactional.id': 'tx' } }, { kind: 'producer', id: 'b', kafka: { 'transactional.id': 'tx' } }, topic],
        connections: [
          { from: 'a', to: 'ledger' },
          { from: 'b', to: 'ledger' },
        ],
      },
      findings: [{ target: 'b', messageIncludes: 'transactional.id "tx"' }],
      output: { nodes: { b: { kafka: { 'transactional.id': 'tx.b' } } } },
    },
    {
      name: "a producer whose id is another producer's instance id",
      design: {
        nodes: [{ kind: 'producer', id: 'payments', instances: 3, kafka: { 'transactional.id': 'payments' } }, { kind: 'producer', id: 'refunds', kafka: { 'transactional.id': 'payments-1' } }, topic],
        connections: [
          { from: 'payments', to: 'ledger' },
          { from: 'refunds', to: 'ledger' },
        ],
      },
      findings: [{ target: 'refunds', messageIncludes: '"payments-1"' }],
      output: { nodes: { refunds: { kafka: { 'transactional.id': 'payments-1.refunds' } } } },
    },
  ],
});
