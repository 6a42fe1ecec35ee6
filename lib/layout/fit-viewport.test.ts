import { describe, expect, it } from 'vitest';
import { fitViewport, freeAreas } from './fit-viewport';

const pane = { width: 1000, height: 600 };
const minimap = { x: 785, y: 435, width: 200, height: 150 };
const options = { padding: 20, minZoom: 0.2, maxZoom: 1.1 };

function onScreen(bounds: { x: number; y: number; width: number; height: number }, v: { x: number; y: number; zoom: number }) {
  return { x: bounds.x * v.zoom + v.x, y: bounds.y * v.zoom + v.y, width: bounds.width * v.zoom, height: bounds.height * v.zoom };
}

const apart = (a: { x: number; y: number; width: number; height: number }, b: typeof a) => a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;

describe('fit to the free canvas', () => {
  it('offers the strip above a corner panel and the strip beside it', () => {
    expect(freeAreas(pane, [minimap])).toEqual([
      { x: 0, y: 0, width: 1000, height: 435 },
      { x: 0, y: 0, width: 785, height: 600 },
    ]);
  });

  it('keeps a wide row above the minimap and a tall column beside it, whichever shows it larger', () => {
    const row = { x: 0, y: 0, width: 3000, height: 100 };
    const wide = onScreen(row, fitViewport(row, pane, [minimap], options));
    expect(wide.width).toBeGreaterThan(900);
    expect(apart(wide, minimap)).toBe(true);
    const column = { x: 0, y: 0, width: 240, height: 2000 };
    const tall = onScreen(column, fitViewport(column, pane, [minimap], options));
    expect(tall.height).toBeGreaterThan(500);
    expect(apart(tall, minimap)).toBe(true);
  });

  it('avoids every panel at once', () => {
    const controls = { x: 15, y: 490, width: 30, height: 95 };
    const legend = { x: 850, y: 15, width: 135, height: 80 };
    const design = { x: -500, y: 300, width: 1600, height: 900 };
    const seen = onScreen(design, fitViewport(design, pane, [minimap, controls, legend], options));
    for (const panel of [minimap, controls, legend]) expect(apart(seen, panel)).toBe(true);
    expect(seen.x).toBeGreaterThanOrEqual(0);
    expect(seen.y).toBeGreaterThanOrEqual(0);
  });

  it('shows where the flow starts when the design cannot fit even at the smallest zoom', () => {
    const huge = { x: 100, y: 100, width: 100_000, height: 50_000 };
    const v = fitViewport(huge, pane, [minimap], options);
    expect(v.zoom).toBe(0.2);
    const seen = onScreen(huge, v);
    expect(seen.x).toBe(20);
    expect(seen.y).toBe(20);
  });
});
