import type { Position } from '../design';
import type { Size } from './node-size';

/** A box on the canvas, in canvas units. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Room kept around a new node, so that it neither touches nor hides a handle of its neighbours. */
const CLEARANCE = 24;
/** How far the search moves per step, and how many steps it goes out before giving up on nearness. */
const STEP = 32;
const MAX_RINGS = 60;

/**
 * The free place nearest to `wanted` for a box of `size` (a new node, a
 * pasted fragment): new things never land on top of what is there. Searches
 * outwards in rings of grid steps; the nearest free candidate wins, below
 * before above and right before left at equal distance. If nothing near is
 * free, the box goes below everything.
 */
export function findFreeSpot(wanted: Position, size: Size, occupied: readonly Box[]): Position {
  const reach = (MAX_RINGS + 1) * STEP;
  const near = occupied.filter((b) => b.x < wanted.x + size.width + reach && b.x + b.width > wanted.x - reach && b.y < wanted.y + size.height + reach && b.y + b.height > wanted.y - reach);
  const free = (x: number, y: number) =>
    near.every((b) => x + size.width + CLEARANCE <= b.x || b.x + b.width + CLEARANCE <= x || y + size.height + CLEARANCE <= b.y || b.y + b.height + CLEARANCE <= y);
  for (let ring = 0; ring <= MAX_RINGS; ring++) {
    const candidates: Array<{ dx: number; dy: number }> = [];
    for (let dx = -ring; dx <= ring; dx++) {
      for (let dy = -ring; dy <= ring; dy++) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) === ring) candidates.push({ dx, dy });
      }
    }
    candidates.sort((a, b) => a.dx * a.dx + a.dy * a.dy - (b.dx * b.dx + b.dy * b.dy) || b.dy - a.dy || b.dx - a.dx);
    for (const { dx, dy } of candidates) {
      const x = wanted.x + dx * STEP;
      const y = wanted.y + dy * STEP;
      if (free(x, y)) return { x, y };
    }
  }
  const bottom = occupied.reduce((max, b) => Math.max(max, b.y + b.height), -Infinity);
  return { x: wanted.x, y: bottom + CLEARANCE * 2 };
}
