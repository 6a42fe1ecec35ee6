import type { Design, Position } from '../design';
import { placeNewNodes } from './place-new-nodes';

/** Positions for every node: the design's own, and for nodes without one, where Layout would put them (see placeNewNodes). */
export function positionsWithFallback(design: Design): Record<string, Position> {
  const layout = design.layout ?? {};
  if (design.nodes.every((n) => Object.hasOwn(layout, n.id))) return layout;
  const added = placeNewNodes(design);
  return Object.fromEntries(design.nodes.map((n) => [n.id, Object.hasOwn(layout, n.id) ? layout[n.id] : added[n.id]]));
}
