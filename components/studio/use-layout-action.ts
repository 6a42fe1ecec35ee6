'use client';

import { useReactFlow } from '@xyflow/react';
import { useCallback, useState } from 'react';
import { moveNodes } from '@/lib/design';
import { loadLayoutEngine } from '@/lib/layout/on-demand';
import type { Size } from '@/lib/layout/node-size';
import { useStudioStore } from './store-context';

/**
 * The Layout action and its state. Layout itself is synchronous (lib/layout/layered-layout.ts lays
 * out 10,000 nodes in well under a second) once its module is loaded; tests wait for
 * `data-layout="done"` and then for the fit.
 */
export function useLayoutAction() {
  const store = useStudioStore();
  const flow = useReactFlow();
  const [layoutState, setLayoutState] = useState<'idle' | 'running' | 'done'>('idle');
  const layout = useCallback(async () => {
    setLayoutState('running');
    const { layeredLayout } = await loadLayoutEngine();
    // The sizes the canvas measured, so tall nodes (long names, many facts) get the room they take.
    const sizes: Record<string, Size> = {};
    for (const node of flow.getNodes()) if (node.measured?.width && node.measured.height) sizes[node.id] = { width: node.measured.width, height: node.measured.height };
    const positions = layeredLayout(store.getState().design, { sizes });
    store.getState().change((d) => moveNodes(d, positions));
    store.getState().requestFit();
    setLayoutState('done');
  }, [store, flow]);
  return { layoutState, layout };
}
