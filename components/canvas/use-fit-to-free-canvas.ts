'use client';

import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import { fitViewport } from '@/lib/layout/fit-viewport';

/**
 * Fitting zooms out at most this far: a 25-node row still fits a 1024-px
 * window whole (names stay readable, see zoom-scale.tsx); past it (hundreds of
 * nodes) the view shows where the flow starts, and the minimap and panning
 * show the rest.
 */
export const FIT_MIN_ZOOM = 0.1;
const FIT = { padding: 24, minZoom: FIT_MIN_ZOOM, maxZoom: 1.1 };

/**
 * Shows the whole design in the part of the canvas no panel covers (minimap,
 * zoom controls, legend): a design is never fitted under the minimap.
 * Resolves once the view is set, after React Flow has measured the nodes.
 */
export function useFitToFreeCanvas() {
  const flow = useReactFlow();
  return useCallback(async () => {
    const root = document.querySelector<HTMLElement>('[data-testid="canvas"] .react-flow');
    if (!root || flow.getNodes().length === 0) return;
    // React Flow's own fit waits until every node is measured; ours then replaces its view before the next paint.
    await flow.fitView({ duration: 0, padding: FIT.padding, minZoom: FIT.minZoom, maxZoom: FIT.maxZoom });
    const pane = root.getBoundingClientRect();
    const panels = [...root.querySelectorAll<HTMLElement>('.react-flow__panel')].map((panel) => {
      const box = panel.getBoundingClientRect();
      return { x: box.left - pane.left, y: box.top - pane.top, width: box.width, height: box.height };
    });
    const bounds = flow.getNodesBounds(flow.getNodes());
    await flow.setViewport(fitViewport(bounds, { width: pane.width, height: pane.height }, panels, FIT), { duration: 0 });
  }, [flow]);
}
