import { describe, expect, it } from 'vitest';
import { makeDesign } from '../rules/test-design';
import { autoLayout } from './auto-layout';
import { NODE_HEIGHT, NODE_WIDTH, positionsWithFallback, rankLayout } from './rank-layout';

const design = makeDesign({
  nodes: [
    { kind: 'producer', id: 'api' },
    { kind: 'kafka-topic', id: 'orders' },
    { kind: 'consumer-group', id: 'billing' },
  ],
  connections: [{ from: 'api', to: 'orders' }, { from: 'orders', to: 'billing' }],
});

describe('layout', () => {
  it('places nodes left to right by flow', () => {
    const p = rankLayout(design);
    expect(p.api.x).toBeLessThan(p.orders.x);
    expect(p.orders.x).toBeLessThan(p.billing.x);
  });

  it('keeps the positions a design has and places only the rest', () => {
    const partial = { ...design, layout: { api: { x: 500, y: 500 } } };
    const p = positionsWithFallback(partial);
    expect(p.api).toEqual({ x: 500, y: 500 });
    expect(p.orders.y).toBeGreaterThan(500);
  });

  it('lays out with ELK left to right', async () => {
    const p = await autoLayout(design);
    expect(Object.keys(p).sort()).toEqual(['api', 'billing', 'orders']);
    expect(p.api.x).toBeLessThan(p.orders.x);
    expect(p.orders.x).toBeLessThan(p.billing.x);
  });

  it('wraps a pipeline wider than the screen into rows shaped like it; one that fits stays in one row', async () => {
    const chain = makeDesign({
      nodes: Array.from({ length: 16 }, (_, i) => ({ kind: i % 2 === 0 ? ('consumer-group' as const) : ('kafka-topic' as const), id: `n${i}` })),
      connections: Array.from({ length: 15 }, (_, i) => ({ from: `n${i}`, to: `n${i + 1}` })),
    });
    const extent = (p: Record<string, { x: number; y: number }>) => {
      const xs = Object.values(p).map((q) => q.x);
      const ys = Object.values(p).map((q) => q.y);
      return { width: Math.max(...xs) - Math.min(...xs) + NODE_WIDTH, height: Math.max(...ys) - Math.min(...ys) + NODE_HEIGHT };
    };
    const row = extent(await autoLayout(chain));
    expect(row.height).toBe(NODE_HEIGHT);
    const screen = { width: 1800, height: 1100 };
    const wrapped = extent(await autoLayout(chain, screen));
    expect(wrapped.width).toBeLessThan(row.width / 2);
    expect(wrapped.width / wrapped.height).toBeLessThan(3);
    expect(extent(await autoLayout(design, screen)).height).toBe(NODE_HEIGHT);
  });
});
