import { describe, expect, it } from 'vitest';
import { makeDesign } from '../rules/test-design';
import { autoLayout } from './auto-layout';
import { positionsWithFallback, rankLayout } from './rank-layout';

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
});
