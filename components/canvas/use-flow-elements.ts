'use client';

import { applyEdgeChanges, applyNodeChanges, type EdgeChange, type NodeChange } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { loadNodeSummaries, nodeSummariesIfLoaded } from '@/lib/brokers/node-summary-on-demand';
import type { Design } from '@/lib/design';
import { completeLayout, layoutEngineIfLoaded, loadLayoutEngine, shownPositions } from '@/lib/layout/on-demand';
import type { Selection } from '@/lib/store/studio-store';
import { useStudio, useStudioStore } from '../studio/store-context';
import { useReview } from '../studio/review-context';
import type { DesignFlowEdge } from './edges/design-edge';
import type { DesignFlowNode } from './nodes/base-node';
import { toFlowEdges, toFlowNodes } from './to-flow';

/** Only a design without nodes is built before the summaries load: nothing is summarised. */
const NO_SUMMARY = (): string[] => [];

/** Past this many nodes only what is on screen is rendered. */
export const CULL_ABOVE = 150;

/**
 * The React Flow nodes and edges built from the store's design, its positions and selection, and
 * the change handlers React Flow reports to. `builtFrom` maps each nodes array to the design it
 * shows, so the fit (use-fit-on-load.ts) can tell when React Flow has a design's nodes.
 */
export function useFlowElements(readOnly: boolean) {
  const design = useStudio((s) => s.design);
  const selection = useStudio((s) => s.selection);
  const renaming = useStudio((s) => s.renaming);
  const { badges } = useReview();

  // A design with nodes that have no position waits for the layout engine before it is shown.
  const [engine, setEngine] = useState(layoutEngineIfLoaded);
  const positions = useMemo(() => shownPositions(design, engine), [design, engine]);
  useEffect(() => {
    if (!engine && !completeLayout(design)) void loadLayoutEngine().then(setEngine);
  }, [design, engine]);
  // Likewise for the node summaries, which load with the first node (an empty canvas does without).
  const [summaries, setSummaries] = useState(nodeSummariesIfLoaded);
  const waitsForSummaries = !summaries && design.nodes.length > 0;
  useEffect(() => {
    if (waitsForSummaries) void loadNodeSummaries().then(setSummaries);
  }, [waitsForSummaries]);
  const selectedNodes = useMemo(() => new Set(selection.nodes), [selection.nodes]);
  const selectedEdges = useMemo(() => new Set(selection.connections), [selection.connections]);

  const [nodes, setNodes] = useState<DesignFlowNode[]>([]);
  const [edges, setEdges] = useState<DesignFlowEdge[]>([]);
  // The design the latest flow nodes were built from.
  const builtFrom = useRef(new WeakMap<DesignFlowNode[], Design>());
  useEffect(() => {
    if (!positions || waitsForSummaries) return;
    setNodes((prev) => {
      const next = toFlowNodes(summaries?.nodeSummary ?? NO_SUMMARY, design, positions, selectedNodes, badges, prev, design.nodes.length > CULL_ABOVE, readOnly ? null : renaming);
      builtFrom.current.set(next, design);
      return next;
    });
  }, [design, positions, summaries, waitsForSummaries, selectedNodes, badges, renaming, readOnly]);
  useEffect(() => {
    // Built in the same effect phase as the nodes above, so React Flow is never handed an edge before its nodes.
    if (!positions || waitsForSummaries) return;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- see above
    setEdges((prev) => toFlowEdges(design, selectedEdges, badges, prev));
  }, [design, positions, waitsForSummaries, selectedEdges, badges]);

  const applySelectChanges = useSelectChangesInStore();
  const store = useStudioStore();

  // Position changes during a drag stay local to the canvas; the design changes once, at the drop.
  const onNodesChange = useCallback(
    (changes: NodeChange<DesignFlowNode>[]) => {
      // A drag React Flow aborts (its node deleted mid-drag) ends without onNodeDragStop, but puts its nodes down like this.
      if (changes.some((c) => c.type === 'position' && c.dragging === false)) store.getState().dragNodes(false);
      setNodes((current) => {
        const next = applyNodeChanges(
          changes.filter((c) => c.type !== 'remove' && c.type !== 'select'),
          current,
        );
        // Measured or dragged, the nodes still show the same design.
        const design = builtFrom.current.get(current);
        if (design) builtFrom.current.set(next, design);
        return next;
      });
      applySelectChanges(changes, 'nodes');
    },
    [applySelectChanges, store],
  );
  const onEdgesChange = useCallback(
    (changes: EdgeChange<DesignFlowEdge>[]) => {
      setEdges((current) =>
        applyEdgeChanges(
          changes.filter((c) => c.type !== 'remove' && c.type !== 'select'),
          current,
        ),
      );
      applySelectChanges(changes, 'connections');
    },
    [applySelectChanges],
  );

  return { positions, nodes, edges, builtFrom, onNodesChange, onEdgesChange };
}

/**
 * The store owns the selection: React Flow's select changes go straight to it, never into the
 * local nodes, so a re-render that lands between a click and its selection event (a review
 * finishing, say) cannot put the old selection back.
 */
function useSelectChangesInStore() {
  const store = useStudioStore();
  return useCallback(
    (changes: (NodeChange | EdgeChange)[], key: keyof Selection) => {
      const picks = changes.filter((c) => c.type === 'select');
      if (picks.length === 0) return;
      const { selection, select } = store.getState();
      const ids = new Set(selection[key]);
      for (const c of picks) {
        if (c.selected) ids.add(c.id);
        else ids.delete(c.id);
      }
      select({ ...selection, [key]: [...ids].sort() });
    },
    [store],
  );
}
