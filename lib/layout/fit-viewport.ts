import type { Box } from './free-spot';

/** A view of the canvas: screen = canvas × zoom + (x, y). */
export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

export interface FitOptions {
  /** Screen pixels kept free around the design. */
  padding: number;
  minZoom: number;
  maxZoom: number;
}

/**
 * The rectangles of the pane left free by panels that sit over it (minimap,
 * zoom controls, legend): each panel is avoided either by the strip above or
 * below it, or by the strip beside it, whichever way leaves more room, and
 * every combination of those choices is a candidate.
 */
export function freeAreas(pane: { width: number; height: number }, panels: readonly Box[]): Box[] {
  let areas: Box[] = [{ x: 0, y: 0, width: pane.width, height: pane.height }];
  for (const panel of panels) {
    const nearTop = panel.y + panel.height / 2 < pane.height / 2;
    const nearLeft = panel.x + panel.width / 2 < pane.width / 2;
    areas = areas.flatMap((area) => {
      const overlaps = panel.x < area.x + area.width && panel.x + panel.width > area.x && panel.y < area.y + area.height && panel.y + panel.height > area.y;
      if (!overlaps) return [area];
      const right = area.x + area.width;
      const bottom = area.y + area.height;
      const vertical = nearTop
        ? { x: area.x, y: panel.y + panel.height, width: area.width, height: bottom - (panel.y + panel.height) }
        : { x: area.x, y: area.y, width: area.width, height: panel.y - area.y };
      const horizontal = nearLeft
        ? { x: panel.x + panel.width, y: area.y, width: right - (panel.x + panel.width), height: area.height }
        : { x: area.x, y: area.y, width: panel.x - area.x, height: area.height };
      return [vertical, horizontal].filter((a) => a.width > 0 && a.height > 0);
    });
  }
  return areas;
}

/**
 * The view that shows `bounds` (the design, in canvas units) as large as it
 * fits in the free part of the pane, never under a panel. Where it cannot fit
 * even at the smallest zoom, the view shows where the flow starts (its top
 * left) rather than an arbitrary middle.
 */
export function fitViewport(bounds: Box, pane: { width: number; height: number }, panels: readonly Box[], options: FitOptions): Viewport {
  const areas = freeAreas(pane, panels);
  if (areas.length === 0) areas.push({ x: 0, y: 0, width: pane.width, height: pane.height });
  const width = Math.max(bounds.width, 1);
  const height = Math.max(bounds.height, 1);
  const zoomIn = (area: Box) => Math.min(options.maxZoom, Math.max(options.minZoom, Math.min((area.width - 2 * options.padding) / width, (area.height - 2 * options.padding) / height)));
  let best = areas[0];
  for (const area of areas) {
    const gain = zoomIn(area) - zoomIn(best);
    if (gain > 1e-9 || (Math.abs(gain) <= 1e-9 && area.width * area.height > best.width * best.height)) best = area;
  }
  const zoom = zoomIn(best);
  const place = (start: number, room: number, from: number, extent: number) =>
    extent * zoom <= room - 2 * options.padding ? start + (room - extent * zoom) / 2 - from * zoom : start + options.padding - from * zoom;
  return { x: place(best.x, best.width, bounds.x, width), y: place(best.y, best.height, bounds.y, height), zoom };
}
