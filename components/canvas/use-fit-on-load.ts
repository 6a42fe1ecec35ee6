'use client';

import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { Design } from '@/lib/design';
import { useStudio, useStudioStore } from '../studio/store-context';
import type { DesignFlowNode } from './nodes/base-node';
import { useFitToFreeCanvas } from './use-fit-to-free-canvas';

/**
 * A newly loaded design (file, template, link, wizard, autosave) is shown whole, and so is the
 * design after Layout, a large paste or the fit key — once React Flow has its nodes: a fit asked
 * for earlier runs on the old positions. Returns which load and which request the view was last
 * fitted to (`data-fitted-load` and `data-fitted-request` tell tests).
 *
 * Call it after the hook that builds `nodes` (use-flow-elements.ts): React Flow's effects run
 * before the canvas's, and these effects must run after the nodes were handed over.
 */
export function useFitOnLoad(nodes: DesignFlowNode[], builtFrom: RefObject<WeakMap<DesignFlowNode[], Design>>) {
  const store = useStudioStore();
  const design = useStudio((s) => s.design);
  const loadCount = useStudio((s) => s.loadCount);
  const fitRequests = useStudio((s) => s.fitRequests);
  // The design React Flow has (its effects run before ours).
  const flowHas = useRef<Design | null>(null);

  const fitToFreeCanvas = useFitToFreeCanvas();
  const fitPending = useRef<{ design: Design; load: number; request: number } | null>(design.nodes.length > 0 ? { design, load: loadCount, request: fitRequests } : null);
  const [fitted, setFitted] = useState(() => ({ load: design.nodes.length > 0 ? -1 : loadCount, request: design.nodes.length > 0 ? -1 : fitRequests }));
  const fitIfReady = useCallback(() => {
    const pending = fitPending.current;
    if (pending === null || pending.design !== flowHas.current) return;
    fitPending.current = null;
    void fitToFreeCanvas().then(() => setFitted({ load: pending.load, request: pending.request }));
  }, [fitToFreeCanvas]);
  useEffect(() => {
    flowHas.current = builtFrom.current.get(nodes) ?? null;
    fitIfReady();
  }, [nodes, builtFrom, fitIfReady]);
  const lastAsked = useRef({ load: loadCount, request: fitRequests });
  useEffect(() => {
    if (lastAsked.current.load === loadCount && lastAsked.current.request === fitRequests) return;
    lastAsked.current = { load: loadCount, request: fitRequests };
    fitPending.current = { design: store.getState().design, load: loadCount, request: fitRequests };
    fitIfReady();
  }, [loadCount, fitRequests, store, fitIfReady]);

  return fitted;
}
