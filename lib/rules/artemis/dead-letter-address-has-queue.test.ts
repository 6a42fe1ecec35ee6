import { testRule } from '../rule-tester';
import { deadLetterAddressHasQueue } from './dead-letter-address-has-queue';

testRule(deadLetterAddressHasQueue, {
  valid: [
    {
      name: 'a dead-letter address with a queue',
      design: {
        nodes: [
          { kind: 'artemis-address', id: 'orders' },
          { kind: 'artemis-address', id: 'dla' },
          { kind: 'artemis-queue', id: 'dlq', role: 'dead-letter' },
        ],
        connections: [
          { from: 'orders', to: 'dla', kind: 'dead-letter' },
          { from: 'dla', to: 'dlq' },
        ],
      },
    },
    { name: 'an address without queues that is no dead-letter address (nobody sends to it yet)', design: { nodes: [{ kind: 'artemis-address', id: 'orders' }] } },
  ],
  invalid: [
    {
      name: 'a dead-letter address with no queue',
      design: {
        clusters: [{ id: 'art', name: 'Artemis', broker: 'artemis' }],
        nodes: [
          { kind: 'artemis-address', id: 'orders', cluster: 'art' },
          { kind: 'artemis-address', id: 'dla', name: 'orders.DLA', cluster: 'art' },
        ],
        connections: [{ from: 'orders', to: 'dla', kind: 'dead-letter' }],
      },
      findings: [{ target: 'dla', messageIncludes: 'Dead-letter address "orders.DLA" of "orders" has no queue' }],
      output: { nodes: { 'orders.dlq': { kind: 'artemis-queue', name: 'orders.DLQ', role: 'dead-letter', depthAlert: true, cluster: 'art' } }, connections: { 'dla--orders.dlq': { kind: 'bind' } } },
    },
  ],
});
