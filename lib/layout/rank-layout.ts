import type { Design, Position } from '../design';

export const NODE_WIDTH = 240;
export const NODE_HEIGHT = 96;
const COLUMN_GAP = 110;
const ROW_GAP = 36;

/**
 * A quick left-to-right layout by flow depth: producers left, consumers
 * right. Synchronous and cheap, for files that come without positions;
 * the "Auto-layout" button uses ELK for a nicer result.
 */
export function rankLayout(design: Design): Record<string, Position> {
  const rank = new Map<string, number>();
  const incomingCount = new Map<string, number>(design.nodes.map((n) => [n.id, 0]));
  const out = new Map<string, string[]>();
  for (const c of design.connections) {
    if (!incomingCount.has(c.from) || !incomingCount.has(c.to) || c.kind === 'dead-letter') continue;
    incomingCount.set(c.to, incomingCount.get(c.to)! + 1);
    out.set(c.from, [...(out.get(c.from) ?? []), c.to]);
  }
  // Kahn's algorithm; nodes left in cycles get the rank they reached.
  const queue = design.nodes.filter((n) => incomingCount.get(n.id) === 0).map((n) => n.id);
  queue.forEach((id) => rank.set(id, 0));
  while (queue.length > 0) {
    const id = queue.shift()!;
    for (const next of out.get(id) ?? []) {
      rank.set(next, Math.max(rank.get(next) ?? 0, rank.get(id)! + 1));
      const left = incomingCount.get(next)! - 1;
      incomingCount.set(next, left);
      if (left === 0) queue.push(next);
    }
  }
  // Dead-letter targets sit one column right of their source.
  for (const c of design.connections) {
    if (c.kind === 'dead-letter' && !rank.has(c.to) && rank.has(c.from)) rank.set(c.to, rank.get(c.from)! + 1);
  }
  const rows = new Map<number, number>();
  const positions: Record<string, Position> = {};
  for (const node of design.nodes) {
    const column = rank.get(node.id) ?? 0;
    const row = rows.get(column) ?? 0;
    rows.set(column, row + 1);
    positions[node.id] = { x: column * (NODE_WIDTH + COLUMN_GAP), y: row * (NODE_HEIGHT + ROW_GAP) };
  }
  return positions;
}

/** Positions for every node: the design's own, and a rank layout for those without one. */
export function positionsWithFallback(design: Design): Record<string, Position> {
  const layout = design.layout ?? {};
  if (design.nodes.every((n) => Object.hasOwn(layout, n.id))) return layout;
  const fallback = rankLayout(design);
  const placed = Object.values(layout);
  // Keep placed nodes where they are; put the rest below them.
  const offsetY = placed.length > 0 ? Math.max(...placed.map((p) => p.y)) + NODE_HEIGHT + ROW_GAP * 2 : 0;
  const positions: Record<string, Position> = {};
  for (const node of design.nodes) {
    positions[node.id] = Object.hasOwn(layout, node.id) ? layout[node.id] : { x: fallback[node.id].x, y: fallback[node.id].y + offsetY };
  }
  return positions;
}
