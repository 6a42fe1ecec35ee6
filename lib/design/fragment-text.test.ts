import { describe, expect, it } from 'vitest';
import { makeDesign } from './build-design';
import { writeFragmentText } from './fragment-text';
import { insertFragment } from './operations';
import { readFragmentText } from './read-fragment-text';

const design = makeDesign({
  clusters: [{ id: 'prod', name: 'prod', broker: 'kafka' }],
  nodes: [
    { kind: 'producer', id: 'api' },
    { kind: 'kafka-topic', id: 'orders', cluster: 'prod', partitions: 24 },
    { kind: 'consumer-group', id: 'billing' },
  ],
  connections: [
    { from: 'api', to: 'orders' },
    { from: 'orders', to: 'billing' },
  ],
  layout: { api: { x: 0, y: 0 }, orders: { x: 300, y: 0 }, billing: { x: 600, y: 0 } },
});

describe('a fragment on the clipboard', () => {
  it('is a design document of the selected nodes, the connections among them, their clusters and positions', () => {
    const read = readFragmentText(writeFragmentText(design, ['orders', 'billing']));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.fragment.nodes.map((n) => n.id)).toEqual(['orders', 'billing']);
    expect(read.fragment.connections.map((c) => c.id)).toEqual(['orders--billing']);
    expect(read.fragment.clusters?.map((c) => c.id)).toEqual(['prod']);
    expect(read.fragment.layout.orders).toEqual({ x: 300, y: 0 });
  });

  it('pastes with unique names and ids, joining the design’s cluster of the same broker', () => {
    const read = readFragmentText(writeFragmentText(design, ['orders']));
    if (!read.ok) throw new Error(read.message);
    const { design: pasted, ids } = insertFragment(design, read.fragment);
    expect(ids).toEqual(['orders-copy']);
    expect(pasted.nodes.find((n) => n.id === 'orders-copy')).toMatchObject({ name: 'orders-copy', cluster: 'prod', partitions: 24 });
    // Into a design that has neither the names nor the cluster: names stay, the cluster comes along.
    const elsewhere = makeDesign({ clusters: [{ id: 'local', name: 'local', broker: 'rabbitmq' }], nodes: [] });
    const into = insertFragment(elsewhere, read.fragment);
    expect(into.ids).toEqual(['orders']);
    expect(into.design.clusters.map((c) => c.id)).toEqual(['local', 'prod']);
  });

  it('reads a design written by hand in YAML, naming nodes after their ids', () => {
    const read = readFragmentText('queuewright: 2\nnodes:\n  - kind: kafka-topic\n    id: audit.events\n');
    expect(read.ok && read.fragment.nodes[0].name).toBe('audit.events');
  });

  it('refuses text that is not a design, saying why', () => {
    expect(readFragmentText('hello')).toMatchObject({ ok: false, message: expect.stringContaining('no Queuewright design') });
    expect(readFragmentText('queuewright: 2\nnodes: []\n')).toMatchObject({ ok: false, message: expect.stringContaining('no nodes') });
  });
});
