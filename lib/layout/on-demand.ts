import type { Design, Position } from '../design';

export type LayoutEngine = typeof import('./layout-engine');

let engine: LayoutEngine | undefined;
let loading: Promise<LayoutEngine> | undefined;

/** The layout engine (layout-engine.ts), loaded the first time something needs it and kept. */
export function loadLayoutEngine(): Promise<LayoutEngine> {
  loading ??= import('./layout-engine').then((loaded) => (engine = loaded));
  return loading;
}

/** The layout engine if it is loaded already. */
export function layoutEngineIfLoaded(): LayoutEngine | undefined {
  return engine;
}

/** The design's own positions when every node has one (the usual case): no layout needed. */
export function completeLayout(design: Pick<Design, 'nodes' | 'layout'>): Readonly<Record<string, Position>> | undefined {
  const layout = design.layout ?? {};
  return design.nodes.every((n) => Object.hasOwn(layout, n.id)) ? layout : undefined;
}

/**
 * Every node's position as the canvas shows it: the design's own, and for nodes without one where
 * Layout would put them — or `undefined` while that needs the engine and it is still loading
 * (`loadLayoutEngine`; the canvas shows the design once it is there, never a node at a wrong place).
 */
export function shownPositions(design: Design, loaded: LayoutEngine | undefined = engine): Readonly<Record<string, Position>> | undefined {
  return completeLayout(design) ?? loaded?.positionsWithFallback(design);
}
