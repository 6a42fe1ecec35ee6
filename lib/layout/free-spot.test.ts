import { describe, expect, it } from 'vitest';
import { findFreeSpot } from './free-spot';

const size = { width: 240, height: 96 };

describe('free spot', () => {
  it('takes the wanted place when it is free', () => {
    expect(findFreeSpot({ x: 100, y: 100 }, size, [{ x: 500, y: 500, ...size }])).toEqual({ x: 100, y: 100 });
  });

  it('never lands on top of a node, and stays near the wanted place', () => {
    const taken = [{ x: 0, y: 0, ...size }];
    const spot = findFreeSpot({ x: 0, y: 0 }, size, taken);
    const clear = spot.x >= 240 || spot.x + 240 <= 0 || spot.y >= 96 || spot.y + 96 <= 0;
    expect(clear).toBe(true);
    expect(Math.hypot(spot.x, spot.y)).toBeLessThan(200);
  });

  it('finds room in a crowded area', () => {
    const grid = Array.from({ length: 25 }, (_, i) => ({ x: (i % 5) * 260, y: Math.floor(i / 5) * 110, ...size }));
    const spot = findFreeSpot({ x: 500, y: 200 }, size, grid);
    for (const b of grid) expect(spot.x >= b.x + b.width || spot.x + 240 <= b.x || spot.y >= b.y + b.height || spot.y + 96 <= b.y).toBe(true);
  });
});
