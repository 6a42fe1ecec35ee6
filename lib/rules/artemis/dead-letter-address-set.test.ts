import { describe, expect, it } from 'vitest';
import { makeDesign } from '../../design/build-design';
import { runRules } from '../engine';
import { applyAllFixes, testRule } from '../rule-tester';
import { deadLetterAddressSet } from './dead-letter-address-set';

const consumed = (id: string) => [
  { kind: 'artemis-address', id, name: id },
  { kind: 'artemis-queue', id: `${id}-q`, name: `${id}.q` },
  { kind: 'consumer-group', id: `${id}-worker` },
];
const wiring = (id: string) => [
  { from: id, to: `${id}-q` },
  { from: `${id}-q`, to: `${id}-worker` },
];

testRule(deadLetterAddressSet, {
  valid: [
    {
      name: 'an address with a dead-letter address',
      design: {
        nodes: [...consumed('orders'), { kind: 'artemis-address', id: 'dla', name: 'DLA' }, { kind: 'artemis-queue', id: 'dlq', role: 'dead-letter' }],
        connections: [...wiring('orders'), { from: 'orders', to: 'dla', kind: 'dead-letter' }, { from: 'dla', to: 'dlq' }],
      },
    },
    {
      name: 'an address nobody consumes',
      design: {
        nodes: [
          { kind: 'artemis-address', id: 'orders' },
          { kind: 'artemis-queue', id: 'q' },
        ],
        connections: [{ from: 'orders', to: 'q' }],
      },
    },
    {
      name: 'max-delivery-attempts -1 removes nothing',
      design: { nodes: [{ ...consumed('orders')[0], settings: { 'max-delivery-attempts': -1 } }, ...consumed('orders').slice(1)], connections: wiring('orders') },
    },
    {
      name: 'a dead-letter address whose queue a redrive worker reads',
      design: {
        nodes: [
          { kind: 'artemis-address', id: 'dla' },
          { kind: 'artemis-queue', id: 'dlq', role: 'dead-letter' },
          { kind: 'consumer-group', id: 'redrive' },
        ],
        connections: [
          { from: 'dla', to: 'dlq' },
          { from: 'dlq', to: 'redrive' },
        ],
      },
    },
  ],
  invalid: [
    {
      name: 'a consumed address without a dead-letter address (Artemis default: 10 attempts, then removed)',
      design: {
        clusters: [{ id: 'art', name: 'Artemis', broker: 'artemis' }],
        nodes: consumed('orders').map((n) => ({ ...n, cluster: n.kind === 'consumer-group' ? undefined : 'art' })),
        connections: wiring('orders'),
      },
      findings: [{ target: 'orders', messageIncludes: 'fail max-delivery-attempts=5 times is removed from queue "orders.q"' }],
      output: {
        nodes: {
          'orders.dla': { kind: 'artemis-address', name: 'orders.DLA', cluster: 'art' },
          'orders.dlq': { kind: 'artemis-queue', name: 'orders.DLQ', role: 'dead-letter', depthAlert: true, cluster: 'art' },
        },
        connections: { 'orders--orders.dla': { kind: 'dead-letter' }, 'orders.dla--orders.dlq': { kind: 'bind' } },
      },
    },
  ],
});

describe('artemis/dead-letter-address-set', () => {
  it('names the Artemis default when the design leaves max-delivery-attempts unset', () => {
    const design = makeDesign({ nodes: consumed('orders'), connections: wiring('orders') }, { recommended: false });
    expect(runRules(design, [deadLetterAddressSet]).map((f) => f.message)).toEqual([
      'Address "orders" has no dead-letter address: a message its consumers fail max-delivery-attempts=10 (unset: Artemis default) times is removed from queue "orders.q" and lost.',
    ]);
  });

  it('gives two addresses of one pipeline one dead-letter address', () => {
    const design = makeDesign({
      nodes: [{ kind: 'producer', id: 'api' }, ...consumed('orders'), ...consumed('payments')],
      connections: [{ from: 'api', to: 'orders' }, { from: 'api', to: 'payments' }, ...wiring('orders'), ...wiring('payments')],
    });
    const fixed = applyAllFixes(deadLetterAddressSet, design);
    expect(fixed.nodes.filter((n) => n.kind === 'artemis-address').map((n) => n.name)).toEqual(['orders', 'payments', 'orders.DLA']);
    expect(fixed.connections.filter((c) => c.kind === 'dead-letter').map((c) => `${c.from}→${c.to}`)).toEqual(['orders→orders.dla', 'payments→orders.dla']);
  });
});
