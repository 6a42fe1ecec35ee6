import { describe, expect, it } from 'vitest';
import { runRules } from '../engine';
import { testRule, applyAllFixes } from '../rule-tester';
import { makeDesign } from '../../design/build-design';
import { LONG_STREAM_EVENTS, snapshotsForLongStreams } from './snapshots-for-long-streams';

testRule(snapshotsForLongStreams, {
  valid: [
    { name: 'short streams need no snapshots', design: { nodes: [{ kind: 'event-store', id: 'carts', eventsPerAggregate: 40 }] } },
    { name: 'stream length unknown', design: { nodes: [{ kind: 'event-store', id: 'carts' }] } },
    { name: `exactly ${LONG_STREAM_EVENTS} events`, design: { nodes: [{ kind: 'event-store', id: 'carts', eventsPerAggregate: LONG_STREAM_EVENTS }] } },
  ],
  invalid: [
    {
      name: 'long account streams without snapshots',
      design: { nodes: [{ kind: 'event-store', id: 'accounts', aggregateType: 'Account', eventsPerAggregate: 20_000 }] },
      findings: [{ target: 'accounts', messageIncludes: 'expects 20000 events per Account' }],
    },
    {
      name: 'a snapshot policy attached to another store does not count',
      design: {
        nodes: [
          { kind: 'event-store', id: 'accounts', eventsPerAggregate: 20_000 },
          { kind: 'event-store', id: 'carts' },
          { kind: 'snapshot-policy', id: 'snap' },
        ],
        connections: [{ from: 'carts', to: 'snap' }],
      },
      findings: [{ target: 'accounts' }],
    },
  ],
});

describe('eventsourcing/snapshots-for-long-streams fix', () => {
  it('adds a snapshot policy every 100 events, read from the store, placed below it', () => {
    const design = makeDesign({ nodes: [{ kind: 'event-store', id: 'accounts', eventsPerAggregate: 20_000 }], layout: { accounts: { x: 100, y: 40 } } });
    const fixed = applyAllFixes(snapshotsForLongStreams, design);
    const policy = fixed.nodes.find((n) => n.kind === 'snapshot-policy');
    expect(policy).toMatchObject({ everyEvents: 100, name: 'accounts snapshots' });
    expect(fixed.connections).toEqual([expect.objectContaining({ kind: 'consume', from: 'accounts', to: policy!.id })]);
    expect(fixed.layout?.[policy!.id]).toEqual({ x: 100, y: 200 });
    expect(runRules(fixed, [snapshotsForLongStreams])).toEqual([]);
  });
});
