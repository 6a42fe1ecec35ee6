import { describe, expect, it } from 'vitest';
import { makeDesign } from '../design/build-design';
import { largeDesign } from '../testing/large-design';
import { TEMPLATES } from '../families';
import { templateDesign } from '../templates';
import type { Design, Position } from '../design';
import { layeredLayout } from './layered-layout';
import { estimatedNodeSize, NODE_WIDTH } from './node-size';
import { isSideConnection } from './side-connection';

/** A chain of `length` nodes: producer → topic → consumer → topic → … */
function pipeline(length: number): Design {
  const nodes = Array.from({ length }, (_, i) => ({ kind: i === 0 ? 'producer' : i % 2 === 1 ? 'kafka-topic' : 'consumer-group', id: `n${i}` }));
  return makeDesign({ nodes, connections: nodes.slice(1).map((n, i) => ({ from: nodes[i].id, to: n.id })) });
}

/** Whether `to` can be reached from `from`: a connection from `to` back to `from` then closes a cycle. */
function reaches(design: Design, from: string, to: string): boolean {
  const seen = new Set([from]);
  const queue = [from];
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (id === to) return true;
    for (const c of design.connections) {
      if (c.from !== id || seen.has(c.to)) continue;
      seen.add(c.to);
      queue.push(c.to);
    }
  }
  return false;
}

function overlaps(design: Design, p: Record<string, Position>): string[] {
  const boxes = design.nodes.map((n) => ({ id: n.id, ...p[n.id], ...estimatedNodeSize(n) }));
  const hits: string[] = [];
  for (const a of boxes) for (const b of boxes) if (a.id < b.id && a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) hits.push(`${a.id}/${b.id}`);
  return hits;
}

describe('layered layout', () => {
  it('lays a 9-node linear pipeline out as one row, left to right', () => {
    const design = pipeline(9);
    const p = layeredLayout(design);
    expect(new Set(Object.values(p).map((q) => q.y))).toEqual(new Set([0]));
    for (let i = 1; i < 9; i++) expect(p[`n${i}`].x).toBeGreaterThanOrEqual(p[`n${i - 1}`].x + NODE_WIDTH + 48);
  });

  it('hangs dead-letter targets below their sources, a DLX and its DLQ straight down, and keeps the main flow in its row', () => {
    const design = makeDesign({
      nodes: [
        { kind: 'producer', id: 'api' },
        { kind: 'rabbitmq-exchange', id: 'orders' },
        { kind: 'rabbitmq-queue', id: 'billing' },
        { kind: 'consumer-group', id: 'worker' },
        { kind: 'rabbitmq-exchange', id: 'dlx' },
        { kind: 'rabbitmq-queue', id: 'billing.dlq', role: 'dead-letter' },
      ],
      connections: [
        { from: 'api', to: 'orders' },
        { from: 'orders', to: 'billing' },
        { from: 'billing', to: 'worker' },
        { from: 'billing', to: 'dlx', kind: 'dead-letter' },
        { from: 'dlx', to: 'billing.dlq' },
      ],
    });
    const p = layeredLayout(design);
    expect([p.api.y, p.orders.y, p.billing.y, p.worker.y]).toEqual([0, 0, 0, 0]);
    expect(p.dlx.x).toBe(p.billing.x);
    expect(p.dlx.y).toBeGreaterThan(p.billing.y + 96);
    expect(p['billing.dlq'].x).toBe(p.dlx.x);
    expect(p['billing.dlq'].y).toBeGreaterThan(p.dlx.y + 96);
    expect(overlaps(design, p)).toEqual([]);
  });

  it('puts a retry topic below the consumer that sends to it; only the loop back runs right to left', () => {
    const design = makeDesign({
      nodes: [
        { kind: 'producer', id: 'api' },
        { kind: 'kafka-topic', id: 'orders' },
        { kind: 'consumer-group', id: 'billing' },
        { kind: 'kafka-topic', id: 'orders.retry', role: 'retry' },
        { kind: 'consumer-group', id: 'retrier' },
      ],
      connections: [
        { from: 'api', to: 'orders' },
        { from: 'orders', to: 'billing' },
        { from: 'billing', to: 'orders.retry' },
        { from: 'orders.retry', to: 'retrier' },
        { from: 'retrier', to: 'orders' },
      ],
    });
    const p = layeredLayout(design);
    expect(p['orders.retry'].x).toBe(p.billing.x);
    expect(p['orders.retry'].y).toBeGreaterThan(p.billing.y);
    const backwards = design.connections.filter(
      (c) =>
        !isSideConnection(
          c,
          design.nodes.find((n) => n.id === c.to),
        ) && p[c.from].x >= p[c.to].x,
    );
    expect(backwards.map((c) => c.id)).toEqual(['retrier--orders']);
  });

  it('runs every connection of every template left to right (failure paths down) unless it closes a cycle', () => {
    for (const template of TEMPLATES) {
      const design = templateDesign(template);
      const p = layeredLayout(design);
      for (const c of design.connections) {
        if (reaches(design, c.to, c.from)) continue;
        const side = isSideConnection(
          c,
          design.nodes.find((n) => n.id === c.to),
        );
        if (side) expect(p[c.to].y, `${template.id}: ${c.id}`).toBeGreaterThan(p[c.from].y);
        else expect(p[c.to].x, `${template.id}: ${c.id}`).toBeGreaterThan(p[c.from].x);
      }
      expect(overlaps(design, p), template.id).toEqual([]);
    }
  });

  it('puts a producer that publishes deep into the flow next to where it publishes', () => {
    const design = makeDesign({
      nodes: [...pipeline(5).nodes.map((n) => ({ kind: n.kind, id: n.id })), { kind: 'producer', id: 'late' }],
      connections: [...pipeline(5).connections.map((c) => ({ from: c.from, to: c.to })), { from: 'late', to: 'n3' }],
    });
    const p = layeredLayout(design);
    expect(p.late.x).toBe(p.n2.x);
    expect(overlaps(design, p)).toEqual([]);
  });

  it('stacks independent parts and gathers lone nodes below them', () => {
    const design = makeDesign({
      nodes: [
        { kind: 'producer', id: 'a' },
        { kind: 'kafka-topic', id: 'a-topic' },
        { kind: 'producer', id: 'b' },
        { kind: 'kafka-topic', id: 'b-topic' },
        { kind: 'kafka-topic', id: 'alone' },
      ],
      connections: [
        { from: 'a', to: 'a-topic' },
        { from: 'b', to: 'b-topic' },
      ],
    });
    const p = layeredLayout(design);
    expect(p.a.y).toBe(0);
    expect(p.b.y).toBeGreaterThan(p.a.y + 96);
    expect(p.alone.y).toBeGreaterThan(p.b.y + 96);
    expect(overlaps(design, p)).toEqual([]);
  });

  it('uses measured sizes when the canvas gives them', () => {
    const design = makeDesign({
      nodes: [
        { kind: 'producer', id: 'a' },
        { kind: 'producer', id: 'b' },
        { kind: 'kafka-topic', id: 't' },
      ],
      connections: [
        { from: 'a', to: 't' },
        { from: 'b', to: 't' },
      ],
    });
    const p = layeredLayout(design, { sizes: { a: { width: 240, height: 300 } } });
    expect(p.b.y).toBeGreaterThanOrEqual(p.a.y + 300);
  });

  it('lays out 10,000 nodes without overlaps', () => {
    const design = largeDesign(10_000);
    const p = layeredLayout(design);
    expect(Object.keys(p)).toHaveLength(10_000);
    const cells = new Set(Object.values(p).map((q) => `${q.x},${q.y}`));
    expect(cells.size).toBe(10_000);
  });
});
