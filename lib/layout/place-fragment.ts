import type { Design, Fragment, Position } from '../design';
import { findFreeSpot, type Box } from './free-spot';
import { layeredLayout } from './layered-layout';
import { estimatedNodeSize } from './node-size';
import { positionsWithFallback } from './positions-with-fallback';

/**
 * Where a pasted or duplicated fragment goes: as near `wanted` (the centre of
 * what the user sees, or beside the original) as it can be without covering
 * any node. A fragment without positions (YAML written by hand) is laid out
 * first. Returns the fragment with a position for every node and the offset
 * to insert it at.
 */
export function placeFragment(design: Design, fragment: Fragment, wanted: Position): { fragment: Fragment; offset: Position } {
  const complete = fragment.nodes.every((n) => fragment.layout[n.id] !== undefined);
  const layout = complete ? fragment.layout : layeredLayout({ ...design, clusters: [], nodes: fragment.nodes, connections: fragment.connections, layout: undefined });
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const node of fragment.nodes) {
    const p = layout[node.id];
    const size = estimatedNodeSize(node);
    left = Math.min(left, p.x);
    top = Math.min(top, p.y);
    right = Math.max(right, p.x + size.width);
    bottom = Math.max(bottom, p.y + size.height);
  }
  const positions = positionsWithFallback(design);
  const occupied: Box[] = design.nodes.map((n) => ({ ...positions[n.id], ...estimatedNodeSize(n) }));
  const size = { width: right - left, height: bottom - top };
  const spot = findFreeSpot({ x: Math.round(wanted.x - size.width / 2), y: Math.round(wanted.y - size.height / 2) }, size, occupied);
  return { fragment: { ...fragment, layout }, offset: { x: spot.x - left, y: spot.y - top } };
}
