import { describe, expect, it } from 'vitest';
import { makeDesign } from '../design/build-design';
import { placeNewNodes } from './place-new-nodes';
import { positionsWithFallback } from './positions-with-fallback';

const design = makeDesign({
  nodes: [
    { kind: 'producer', id: 'api' },
    { kind: 'kafka-topic', id: 'orders' },
    { kind: 'consumer-group', id: 'billing' },
    { kind: 'kafka-topic', id: 'orders.dlq', role: 'dead-letter' },
  ],
  connections: [
    { from: 'api', to: 'orders' },
    { from: 'orders', to: 'billing' },
    { from: 'billing', to: 'orders.dlq', kind: 'dead-letter' },
  ],
});

describe('placing new nodes', () => {
  it('puts a node a fix added below the source of its failure path, and keeps placed nodes where they are', () => {
    const layout = { api: { x: 0, y: 0 }, orders: { x: 336, y: 0 }, billing: { x: 672, y: 0 } };
    const placed = placeNewNodes({ ...design, layout });
    expect(Object.keys(placed)).toEqual(['orders.dlq']);
    expect(placed['orders.dlq'].x).toBe(672);
    expect(placed['orders.dlq'].y).toBeGreaterThan(96);
  });

  it('puts a node fed by a placed one to its right, in free space', () => {
    const layout = { api: { x: 0, y: 0 }, orders: { x: 336, y: 0 }, 'orders.dlq': { x: 672, y: 0 } };
    const placed = placeNewNodes({ ...design, layout });
    expect(placed.billing.x).toBeGreaterThanOrEqual(600);
    const clear = placed.billing.y >= 96 || placed.billing.y + 96 <= 0 || placed.billing.x >= 912;
    expect(clear).toBe(true);
  });

  it('lays out a design with no positions at all', () => {
    const p = positionsWithFallback(design);
    expect(p.api.x).toBeLessThan(p.orders.x);
    expect(p.orders.x).toBeLessThan(p.billing.x);
    expect(p['orders.dlq'].y).toBeGreaterThan(p.billing.y);
  });

  it('keeps the positions a design has and places unconnected newcomers below them', () => {
    const p = positionsWithFallback({ ...design, connections: [], layout: { api: { x: 500, y: 500 } } });
    expect(p.api).toEqual({ x: 500, y: 500 });
    expect(p.orders.y).toBeGreaterThan(500);
  });
});
