'use client';

import { useReactFlow } from '@xyflow/react';
import type { Connection } from '@/lib/design';
import { shownPositions } from '@/lib/layout/on-demand';
import { targetNodeIds } from '@/lib/rules/findings-view';
import type { ReviewedFinding } from '../studio/reviewed';
import { useStudioStore } from '../studio/store-context';

/** Clicking a finding: its target is selected (nothing, for the design) and the canvas centres on the nodes it points at. */
export function useFocusFinding(connections: ReadonlyMap<string, Connection>) {
  const store = useStudioStore();
  const flow = useReactFlow();
  return (f: ReviewedFinding) => {
    if (f.target.type === 'design') {
      store.getState().select({ nodes: [], connections: [] });
      return;
    }
    const positions = shownPositions(store.getState().design) ?? {};
    const ids = targetNodeIds(f.target, connections).filter((id) => positions[id]);
    if (f.target.type === 'node') store.getState().select({ nodes: [f.target.id], connections: [] });
    else store.getState().select({ nodes: [], connections: [f.target.id] });
    if (ids.length > 0) {
      const x = ids.reduce((sum, id) => sum + positions[id].x, 0) / ids.length + 120;
      const y = ids.reduce((sum, id) => sum + positions[id].y, 0) / ids.length + 48;
      void flow.setCenter(x, y, { zoom: Math.max(flow.getZoom(), 0.9), duration: 250 });
    }
  };
}
