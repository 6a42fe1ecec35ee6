'use client';

import type { ReactFlowInstance } from '@xyflow/react';
import type { Position } from '@/lib/design';

/** The canvas element of the studio (one per page). */
function canvasElement(): HTMLElement | null {
  return document.querySelector<HTMLElement>('[data-testid="canvas"] .react-flow');
}

/** The centre of what the canvas shows, in canvas units: where pasted and clicked-in nodes should appear. */
export function visibleCentre(flow: Pick<ReactFlowInstance, 'screenToFlowPosition'>): Position {
  const box = canvasElement()?.getBoundingClientRect();
  if (!box) return { x: 0, y: 0 };
  return flow.screenToFlowPosition({ x: box.left + box.width / 2, y: box.top + box.height / 2 });
}

/** Whether every one of `boxes` (canvas units) is wholly on screen. */
export function allInView(flow: Pick<ReactFlowInstance, 'flowToScreenPosition'>, boxes: Array<{ x: number; y: number; width: number; height: number }>): boolean {
  const pane = canvasElement()?.getBoundingClientRect();
  if (!pane) return true;
  return boxes.every((b) => {
    const a = flow.flowToScreenPosition({ x: b.x, y: b.y });
    const z = flow.flowToScreenPosition({ x: b.x + b.width, y: b.y + b.height });
    return a.x >= pane.left && a.y >= pane.top && z.x <= pane.right && z.y <= pane.bottom;
  });
}
