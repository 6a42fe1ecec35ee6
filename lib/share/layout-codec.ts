import type { Position } from '../design';

/**
 * Node positions in a share link: `[gx, gy, x0, x1, …, y0, y1, …]` in node
 * order (all x, then all y: columns repeat, which deflate likes), where each coordinate is a multiple of its grid step `gx` / `gy`
 * (the greatest common divisor of all of them, so nothing is rounded) and
 * `null` in both lists marks a node without a position. Snapped and auto-laid-out
 * designs sit on a grid, so the numbers become small column and row
 * indexes, which compress far better than pixel values. A layout with a
 * fractional coordinate is written with step 0: values as they are.
 */

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

function step(values: number[]): number {
  if (!values.every((v) => Number.isSafeInteger(v))) return 0;
  const g = values.reduce((acc, v) => gcd(acc, Math.abs(v)), 0);
  return g === 0 ? 1 : g;
}

export function encodeLayout(positions: ReadonlyArray<Position | undefined>): Array<number | null> {
  const placed = positions.filter((p): p is Position => p !== undefined);
  const gx = step(placed.map((p) => p.x));
  const gy = step(placed.map((p) => p.y));
  const xs = positions.map((p) => (p === undefined ? null : gx === 0 ? p.x : p.x / gx));
  const ys = positions.map((p) => (p === undefined ? null : gy === 0 ? p.y : p.y / gy));
  return [gx, gy, ...xs, ...ys];
}

/** The positions of `count` nodes, or `undefined` when the data is not a layout of that many nodes. */
export function decodeLayout(data: unknown, count: number): Array<Position | undefined> | undefined {
  if (!Array.isArray(data) || data.length !== 2 + count * 2) return undefined;
  const [gx, gy] = data;
  if (typeof gx !== 'number' || typeof gy !== 'number' || !Number.isFinite(gx) || !Number.isFinite(gy)) return undefined;
  const positions: Array<Position | undefined> = [];
  for (let i = 0; i < count; i++) {
    const x = data[2 + i];
    const y = data[2 + count + i];
    if (x === null && y === null) positions.push(undefined);
    else if (typeof x === 'number' && typeof y === 'number') positions.push({ x: gx === 0 ? x : x * gx, y: gy === 0 ? y : y * gy });
    else return undefined;
  }
  return positions;
}
