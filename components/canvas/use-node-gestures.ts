'use client';

import { useCallback } from 'react';
import { moveNodes } from '@/lib/design';
import { useStudioStore } from '../studio/store-context';
import type { DesignFlowNode } from './nodes/base-node';

/** What a drag's start and drop and a double-click on a node do to the design and the studio. */
export function useNodeGestures(readOnly: boolean) {
  const store = useStudioStore();

  // Called in the same event as the selection a drag makes, so the inspector never shows it mid-drag (inspector.tsx).
  const onNodeDragStart = useCallback(() => store.getState().dragNodes(true), [store]);

  // The design changes once, at the drop (the drag itself stays local: use-flow-elements.ts).
  const onNodeDragStop = useCallback(
    (_: unknown, __: unknown, dragged: DesignFlowNode[]) => {
      store.getState().dragNodes(false);
      store.getState().change((d) => moveNodes(d, Object.fromEntries(dragged.map((n) => [n.id, n.position]))));
    },
    [store],
  );

  // Double-click renames in place (F2 too: shortcuts.ts).
  const onNodeDoubleClick = useCallback(
    (_: unknown, node: { id: string }) => {
      if (readOnly) return;
      store.getState().select({ nodes: [node.id], connections: [] });
      store.getState().rename(node.id);
    },
    [store, readOnly],
  );

  return { onNodeDragStart, onNodeDragStop, onNodeDoubleClick };
}
