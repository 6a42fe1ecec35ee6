import { describe, expect, it } from 'vitest';
import { makeDesign } from '../design/build-design';
import { completeLayout, layoutEngineIfLoaded, loadLayoutEngine, shownPositions } from './on-demand';

const placed = makeDesign({
  nodes: [
    { kind: 'producer', id: 'api' },
    { kind: 'kafka-topic', id: 'orders' },
  ],
  connections: [{ from: 'api', to: 'orders', kind: 'publish' }],
});
const placedLayout = { api: { x: 0, y: 0 }, orders: { x: 300, y: 0 } };

describe('positions without the layout engine', () => {
  it('shows a design whose every node has a position as it is, with no engine', () => {
    const design = { ...placed, layout: placedLayout };
    expect(completeLayout(design)).toBe(placedLayout);
    expect(shownPositions(design, undefined)).toBe(placedLayout);
  });

  it('waits for the engine when a node has no position, then places it beside what feeds it', async () => {
    const design = { ...placed, layout: { api: { x: 0, y: 0 } } };
    expect(completeLayout(design)).toBeUndefined();
    expect(shownPositions(design, undefined)).toBeUndefined();
    const engine = await loadLayoutEngine();
    expect(layoutEngineIfLoaded()).toBe(engine);
    const shown = shownPositions(design)!;
    expect(shown.api).toEqual({ x: 0, y: 0 });
    expect(shown.orders.x).toBeGreaterThan(0);
  });
});
