import { describe, expect, it } from 'vitest';
import { makeDesign } from './build-design';
import { checkConnection } from './connection-rules';
import { emptyDesign } from './design';
import { incoming, indexGraph, nodesOfKind, outgoing } from './graph';
import { addNode, connect, duplicate, moveNodes, removeElements, updateNode } from './operations';

describe('design operations', () => {
  it('adds nodes with readable unique ids and a cluster that can host them', () => {
    let d = emptyDesign();
    d = addNode(d, 'kafka-topic', { name: 'Orders Placed' }).design;
    const second = addNode(d, 'kafka-topic', { name: 'Orders Placed' });
    expect(second.id).toBe('orders-placed-2');
    d = second.design;
    expect(d.clusters).toEqual([expect.objectContaining({ id: 'kafka', broker: 'kafka', nodes: 3 })]);
    expect(d.nodes.every((n) => n.cluster === 'kafka')).toBe(true);
    d = addNode(d, 'rabbitmq-queue').design;
    expect(d.clusters.map((c) => c.broker)).toEqual(['kafka', 'rabbitmq']);
    expect(addNode(d, 'producer').design.clusters).toHaveLength(2);
    expect(addNode(emptyDesign(), 'producer', { name: '__proto__' }).id).toBe('proto__');
  });

  it('connects with the kind the pair allows, and refuses nonsense with a reason', () => {
    let d = makeDesign({
      nodes: [
        { kind: 'producer', id: 'p' },
        { kind: 'kafka-topic', id: 't' },
        { kind: 'consumer-group', id: 'g' },
        { kind: 'kafka-topic', id: 'dlq', role: 'dead-letter' },
      ],
    });
    for (const [from, to] of [
      ['p', 't'],
      ['t', 'g'],
      ['g', 'dlq'],
    ]) {
      const r = connect(d, from, to);
      expect(r.ok).toBe(true);
      if (r.ok) d = r.design;
    }
    expect(d.connections.map((c) => c.kind)).toEqual(['publish', 'consume', 'dead-letter']);
    expect(connect(d, 'p', 't')).toEqual({ ok: false, reason: '"p" is already connected to "t".' });
    expect(checkConnection(d, 'g', 'p')).toMatchObject({ ok: false, reason: expect.stringContaining('Nothing can send to a producer') });
    expect(checkConnection(d, 't', 't')).toMatchObject({ ok: false });
    expect(checkConnection(d, 't', 'dlq')).toMatchObject({ ok: false, reason: expect.stringContaining('A Kafka topic cannot connect to a Kafka topic') });
  });

  it('refuses to bind across RabbitMQ vhosts', () => {
    const d = makeDesign({
      nodes: [
        { kind: 'rabbitmq-exchange', id: 'x', vhost: 'a' },
        { kind: 'rabbitmq-queue', id: 'q', vhost: 'b' },
      ],
    });
    expect(checkConnection(d, 'x', 'q')).toMatchObject({ ok: false, reason: expect.stringContaining('vhost') });
  });

  it('removes nodes with their connections and positions; indexes follow', () => {
    const d = makeDesign({
      nodes: [
        { kind: 'producer', id: 'p' },
        { kind: 'kafka-topic', id: 't' },
        { kind: 'consumer-group', id: 'g' },
      ],
      connections: [
        { from: 'p', to: 't' },
        { from: 't', to: 'g' },
      ],
      layout: { p: { x: 0, y: 0 }, t: { x: 1, y: 1 } },
    });
    expect(outgoing(d, 'p').map((c) => c.to)).toEqual(['t']);
    expect(incoming(d, 'g').map((c) => c.from)).toEqual(['t']);
    expect(nodesOfKind(d, 'kafka-topic').map((n) => n.id)).toEqual(['t']);
    const after = removeElements(d, { nodes: ['t'] });
    expect(after.nodes.map((n) => n.id)).toEqual(['p', 'g']);
    expect(after.connections).toEqual([]);
    expect(after.layout).toEqual({ p: { x: 0, y: 0 } });
    expect(indexGraph(after).nodeById.has('t')).toBe(false);
    expect(removeElements(d, {})).toBe(d);
  });

  it('duplicates nodes with the connections among them, offset and renamed', () => {
    const d = makeDesign({
      nodes: [
        { kind: 'producer', id: 'p' },
        { kind: 'kafka-topic', id: 't', partitions: 24 },
        { kind: 'consumer-group', id: 'g' },
      ],
      connections: [
        { from: 'p', to: 't' },
        { from: 't', to: 'g' },
      ],
      layout: { p: { x: 0, y: 0 }, t: { x: 300, y: 0 } },
    });
    const { design, ids } = duplicate(d, ['p', 't']);
    expect(ids).toEqual(['p-copy', 't-copy']);
    expect(design.nodes.find((n) => n.id === 't-copy')).toMatchObject({ partitions: 24 });
    expect(design.connections.filter((c) => c.from === 'p-copy').map((c) => c.to)).toEqual(['t-copy']);
    expect(design.layout?.['t-copy']).toEqual({ x: 340, y: 40 });
    expect(duplicate(design, ['p-copy']).ids).toEqual(['p-copy-2']);
  });

  it('updates and moves without touching other nodes', () => {
    const d = makeDesign({
      nodes: [
        { kind: 'kafka-topic', id: 't' },
        { kind: 'kafka-topic', id: 'u' },
      ],
    });
    const updated = updateNode(d, 't', { partitions: 48 });
    expect(updated.nodes[0]).toMatchObject({ id: 't', partitions: 48 });
    expect(updated.nodes[1]).toBe(d.nodes[1]);
    expect(updateNode(d, 'missing', { name: 'x' })).toBe(d);
    expect(moveNodes(d, { t: { x: 10.4, y: 20.6 } }).layout).toEqual({ t: { x: 10, y: 21 } });
  });
});

describe('removeElements and the clusters the studio created', () => {
  it('deleting every node leaves no auto-created cluster behind', () => {
    let d = emptyDesign();
    d = addNode(d, 'kafka-topic').design;
    d = addNode(d, 'consumer-group').design;
    expect(d.clusters.map((c) => c.id)).toEqual(['kafka']);
    const cleared = removeElements(d, { nodes: d.nodes.map((n) => n.id) });
    expect(cleared.clusters).toEqual([]);
    expect(cleared.nodes).toEqual([]);
  });

  it('keeps a cluster while a node uses it, and one the user changed', () => {
    let d = emptyDesign();
    d = addNode(d, 'kafka-topic', { name: 'a' }).design;
    d = addNode(d, 'kafka-topic', { name: 'b' }).design;
    expect(removeElements(d, { nodes: ['a'] }).clusters.map((c) => c.id)).toEqual(['kafka']);
    const edited = { ...d, clusters: d.clusters.map((c) => ({ ...c, version: '4.1' })) };
    expect(removeElements(edited, { nodes: ['a', 'b'] }).clusters.map((c) => c.id)).toEqual(['kafka']);
  });
});
