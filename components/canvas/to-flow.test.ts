import { describe, expect, it } from 'vitest';
import { designFromData, type Connection, type Design } from '@/lib/design';
import { FAILURE_HANDLE } from './nodes/base-node';
import { nodeSummary } from '@/lib/brokers/node-summary';
import { edgeLabel, toFlowEdges, toFlowNodes } from './to-flow';

function design(connections: unknown[] = []): Design {
  const read = designFromData({
    queuewright: 2,
    nodes: [
      { kind: 'rabbitmq-exchange', id: 'jobs', name: 'jobs' },
      { kind: 'rabbitmq-queue', id: 'work', name: 'work' },
      { kind: 'rabbitmq-queue', id: 'parked', name: 'parked' },
    ],
    connections,
  });
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  return read.design;
}

const NONE = new Set<string>();
const NO_BADGES = new Map();

describe('toFlowNodes', () => {
  it('places each node at its position (the origin when it has none) with its kind as the node type', () => {
    const nodes = toFlowNodes(nodeSummary, design(), { jobs: { x: 10, y: 20 } }, new Set(['work']), NO_BADGES, []);
    expect(nodes.map((n) => [n.id, n.type, n.position, n.selected])).toEqual([
      ['jobs', 'rabbitmq-exchange', { x: 10, y: 20 }, false],
      ['work', 'rabbitmq-queue', { x: 0, y: 0 }, true],
      ['parked', 'rabbitmq-queue', { x: 0, y: 0 }, false],
    ]);
  });

  it('reuses the previous object of a node nothing shown about has changed, and rebuilds the one that moved', () => {
    const d = design();
    const first = toFlowNodes(nodeSummary, d, { jobs: { x: 0, y: 0 } }, NONE, NO_BADGES, []);
    const second = toFlowNodes(nodeSummary, d, { jobs: { x: 5, y: 0 } }, NONE, NO_BADGES, first);
    expect(second[0]).not.toBe(first[0]);
    expect(second[0].position).toEqual({ x: 5, y: 0 });
    expect(second[1]).toBe(first[1]);
    expect(second[2]).toBe(first[2]);
  });

  it('rebuilds a node whose badge, selection or renaming changed, and keeps an equal badge', () => {
    const d = design();
    const first = toFlowNodes(nodeSummary, d, {}, NONE, new Map([['work', { count: 1, worst: 'warning' as const }]]), []);
    const sameBadge = toFlowNodes(nodeSummary, d, {}, NONE, new Map([['work', { count: 1, worst: 'warning' as const }]]), first);
    expect(sameBadge[1]).toBe(first[1]);
    const worse = toFlowNodes(nodeSummary, d, {}, NONE, new Map([['work', { count: 1, worst: 'error' as const }]]), first);
    expect(worse[1]).not.toBe(first[1]);
    expect(worse[1].data.badge).toEqual({ count: 1, worst: 'error' });
    const selected = toFlowNodes(nodeSummary, d, {}, new Set(['jobs']), NO_BADGES, first);
    expect(selected[0].selected).toBe(true);
    const renaming = toFlowNodes(nodeSummary, d, {}, NONE, NO_BADGES, first, false, 'parked');
    expect(renaming[2].data.renaming).toBe(true);
    expect(renaming[0]).toBe(first[0]);
  });

  it('gives unmeasured nodes size and handle estimates only when asked, and keeps a measured size', () => {
    const d = design();
    expect(toFlowNodes(nodeSummary, d, {}, NONE, NO_BADGES, [])[0].handles).toBeUndefined();
    const estimated = toFlowNodes(nodeSummary, d, {}, NONE, NO_BADGES, [], true);
    expect(estimated[0].initialWidth).toBeGreaterThan(0);
    expect(estimated[0].handles?.some((h) => h.id === FAILURE_HANDLE)).toBe(true);
    const measured = [{ ...estimated[0], measured: { width: 321, height: 99 } }, ...estimated.slice(1)];
    const moved = toFlowNodes(nodeSummary, d, { jobs: { x: 1, y: 1 } }, NONE, NO_BADGES, measured, true);
    expect(moved[0].measured).toEqual({ width: 321, height: 99 });
    expect(moved[0].handles).toBeUndefined();
  });
});

describe('toFlowEdges', () => {
  const bind = { id: 'b', kind: 'bind', from: 'jobs', to: 'work', routingKey: 'job.*' };

  it('draws a connection with its label, arrowhead, kind class and an accessible name', () => {
    const [edge] = toFlowEdges(design([bind]), NONE, NO_BADGES, []);
    expect(edge).toMatchObject({
      id: 'b',
      type: 'design',
      source: 'jobs',
      target: 'work',
      selected: false,
      zIndex: 0,
      markerEnd: 'qw-arrow-bind',
      className: 'edge-bind',
      ariaLabel: 'bind from jobs to work',
    });
    expect(edge.data).toMatchObject({ text: 'job.*', offset: 0 });
    expect(edge.sourceHandle).toBeUndefined();
  });

  it('sends a dead-letter path out of the failure handles and marks it for tests', () => {
    const [edge] = toFlowEdges(design([{ id: 'd', kind: 'dead-letter', from: 'work', to: 'jobs' }]), NONE, NO_BADGES, []);
    expect(edge.sourceHandle).toBe(FAILURE_HANDLE);
    expect(edge.targetHandle).toBe(FAILURE_HANDLE);
    expect(edge.domAttributes).toMatchObject({ 'data-failure-path': 'true', 'data-kind': 'dead-letter' });
  });

  it('fans parallel connections out symmetrically, the same way round whichever direction each runs', () => {
    const edges = toFlowEdges(design([bind, { ...bind, id: 'b2', routingKey: 'other' }, { id: 'back', kind: 'dead-letter', from: 'work', to: 'jobs' }]), NONE, NO_BADGES, []);
    const offsets = edges.map((e) => e.data?.offset);
    // jobs<work sorts 'jobs' first, so bindings keep their sign and the reverse connection flips it.
    expect(offsets).toEqual([-30, 0, -30]);
  });

  it('draws a selected connection on top and reuses an unchanged one', () => {
    const d = design([bind]);
    const first = toFlowEdges(d, NONE, NO_BADGES, []);
    expect(toFlowEdges(d, NONE, NO_BADGES, first)[0]).toBe(first[0]);
    const selected = toFlowEdges(d, new Set(['b']), NO_BADGES, first)[0];
    expect(selected).not.toBe(first[0]);
    expect(selected).toMatchObject({ selected: true, zIndex: 1 });
  });
});

describe('edgeLabel', () => {
  const base = { id: 'c', from: 'a', to: 'b' };
  it.each<[Partial<Connection>, string | undefined]>([
    [{ kind: 'dead-letter' }, undefined],
    [{ kind: 'dead-letter', routingKey: 'failed' }, 'dead-letter · failed'],
    [{ kind: 'bind', routingKeys: ['a.*', 'b.#'] }, 'a.*, b.#'],
    [{ kind: 'bind', routingKey: '' }, undefined],
    [{ kind: 'bind', routingKey: 'job' }, 'job'],
    [{ kind: 'subscription', subjects: ['orders.>', 'audit.*'] }, 'orders.> audit.*'],
    [{ kind: 'subscription', subject: 'orders.>' }, 'orders.>'],
    [{ kind: 'bind', arguments: { 'x-match': 'all', region: 'eu' } }, 'x-match=all, region=eu'],
    [{ kind: 'publish' }, undefined],
  ])('labels %j as %j', (fields, label) => {
    expect(edgeLabel({ ...base, ...fields } as Connection)).toBe(label);
  });
});
