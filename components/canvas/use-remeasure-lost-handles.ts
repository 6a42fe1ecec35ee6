'use client';

import { useStoreApi, useUpdateNodeInternals } from '@xyflow/react';
import { useEffect } from 'react';
import type { DesignFlowNode } from './nodes/base-node';

/**
 * Measures again any node that React Flow shows but whose handles it has forgotten.
 *
 * React Flow keeps a node's handle positions only while the node object it is
 * given carries `measured`. A new node is measured by a ResizeObserver, which
 * stores its handles and reports the size through `onNodesChange`; if the
 * canvas rebuilds that node (a review finishing, a placement) before the size
 * report reaches the canvas's state, React Flow is handed the node without
 * `measured` and drops the handles, then gets the size back from the report —
 * but its observer has already fired and the node's size does not change
 * again, so it is never measured again. The node shows, its edges never do
 * (a pasted connection stayed undrawn on a busy machine). After each change of
 * the flow nodes, which React Flow has taken in by the time this parent's
 * effect runs, any node with a size and no handles is measured again.
 */
export function useRemeasureLostHandles(nodes: readonly DesignFlowNode[]): void {
  const store = useStoreApi<DesignFlowNode>();
  const updateNodeInternals = useUpdateNodeInternals();
  useEffect(() => {
    const lost: string[] = [];
    for (const node of store.getState().nodeLookup.values()) {
      if (!node.hidden && node.measured.width !== undefined && node.internals.handleBounds === undefined) lost.push(node.id);
    }
    if (lost.length > 0) updateNodeInternals(lost);
  }, [nodes, store, updateNodeInternals]);
}
