/**
 * A kind's 16×16 line icon as SVG path data, stroked with round caps and no
 * fill. Plain strings rather than JSX so `lib/` stays free of React and every
 * renderer (canvas, palette, SVG export) draws the same icon from the kind's
 * one definition. Circles, rectangles and ellipses are written with these
 * helpers, which turn them into path data.
 */
export type KindIcon = readonly string[];

/** A circle as path data: two half arcs (one full arc draws nothing). */
export function circle(cx: number, cy: number, r: number): string {
  return ellipse(cx, cy, r, r);
}

export function ellipse(cx: number, cy: number, rx: number, ry: number): string {
  return `M${cx - rx} ${cy}a${rx} ${ry} 0 1 0 ${2 * rx} 0a${rx} ${ry} 0 1 0 ${-2 * rx} 0`;
}

/** A rectangle with optional rounded corners of radius `r`, as path data. */
export function rect(x: number, y: number, width: number, height: number, r = 0): string {
  if (r <= 0) return `M${x} ${y}h${width}v${height}h${-width}z`;
  const w = width - 2 * r;
  const h = height - 2 * r;
  return `M${x + r} ${y}h${w}a${r} ${r} 0 0 1 ${r} ${r}v${h}a${r} ${r} 0 0 1 ${-r} ${r}h${-w}a${r} ${r} 0 0 1 ${-r} ${-r}v${-h}a${r} ${r} 0 0 1 ${r} ${-r}z`;
}
