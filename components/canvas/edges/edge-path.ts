import { Position } from '@xyflow/react';

const DIRECTION: Record<Position, { x: number; y: number }> = {
  [Position.Left]: { x: -1, y: 0 },
  [Position.Right]: { x: 1, y: 0 },
  [Position.Top]: { x: 0, y: -1 },
  [Position.Bottom]: { x: 0, y: 1 },
};

export interface EdgeEnds {
  sourceX: number;
  sourceY: number;
  sourcePosition: Position;
  targetX: number;
  targetY: number;
  targetPosition: Position;
}

/**
 * A connection's curve: leaves its source and enters its target straight
 * through the handle (so the arrowhead points into the node), bowed sideways
 * by `offset` pixels so that parallel connections between the same two nodes
 * are told apart. Returns the SVG path and the curve's midpoint for a label.
 */
export function edgePath(ends: EdgeEnds, offset: number): { path: string; labelX: number; labelY: number } {
  const { sourceX: sx, sourceY: sy, targetX: tx, targetY: ty } = ends;
  const out = DIRECTION[ends.sourcePosition];
  const into = DIRECTION[ends.targetPosition];
  const dx = tx - sx;
  const dy = ty - sy;
  const length = Math.hypot(dx, dy) || 1;
  // How far the curve runs straight out of a handle before it bends: half the way, or a loop's width when the target lies behind.
  const along = dx * out.x + dy * out.y;
  const reach = along > 0 ? clamp(along / 2, 30, 160) : clamp(60 - along / 4, 60, 160);
  // The bow: control points pushed along the normal of the straight line (4/3 makes the curve's middle `offset` away).
  const nx = (-dy / length) * offset * (4 / 3);
  const ny = (dx / length) * offset * (4 / 3);
  const c1 = { x: sx + out.x * reach + nx, y: sy + out.y * reach + ny };
  const c2 = { x: tx + into.x * reach + nx, y: ty + into.y * reach + ny };
  const labelX = (sx + 3 * c1.x + 3 * c2.x + tx) / 8;
  const labelY = (sy + 3 * c1.y + 3 * c2.y + ty) / 8;
  return { path: `M${sx},${sy} C${c1.x},${c1.y} ${c2.x},${c2.y} ${tx},${ty}`, labelX, labelY };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
