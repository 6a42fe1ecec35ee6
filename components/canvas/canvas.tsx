'use client';

import {
  Background,
  BackgroundVariant,
  Controls,
  MiniMap,
  ReactFlow,
  applyEdgeChanges,
  applyNodeChanges,
  useReactFlow,
  type EdgeChange,
  type EdgeTypes,
  type IsValidConnection,
  type NodeChange,
  type OnConnectEnd,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent, type ReactNode } from 'react';
import { addNode, checkConnection, connect, moveNodes, type Design, type NodeKind } from '@/lib/design';
import { completeLayout, layoutEngineIfLoaded, loadLayoutEngine, shownPositions } from '@/lib/layout/on-demand';
import type { Selection } from '@/lib/store/studio-store';
import { useStudio, useStudioStore } from '../studio/store-context';
import { useToasts } from '../ui/toasts';
import { useReview } from '../studio/review-context';
import { ConnectionLine } from './connection-line';
import { DesignEdge, type DesignFlowEdge } from './edges/design-edge';
import { EdgeLegend } from './edges/edge-legend';
import { EdgeMarkers } from './edges/edge-markers';
import { useFitToFreeCanvas } from './use-fit-to-free-canvas';
import { useRemeasureLostHandles } from './use-remeasure-lost-handles';
import { ZoomScale } from './zoom-scale';
import { OverviewMap } from './overview-map';
import { NODE_TYPES, KIND_LOOKS } from './node-types';
import type { DesignFlowNode } from './nodes/base-node';
import { toFlowEdges, toFlowNodes } from './to-flow';

export const PALETTE_MIME = 'application/x-queuewright-kind';

/** Past this many nodes only what is on screen is rendered. */
const CULL_ABOVE = 150;
/** Past this many nodes the minimap is painted on a canvas (overview-map.tsx) instead of one SVG element per node. */
const OVERVIEW_MAP_ABOVE = 1000;

/** Small enough to leave the free canvas most of the room (a fit never puts nodes under it). */
const MINIMAP_SIZE = { width: 168, height: 112 };

/** Connection components by type; at module scope so React Flow never sees a new object. */
const EDGE_TYPES = { design: DesignEdge } satisfies EdgeTypes;

export function Canvas({
  onOpenFiles,
  theme,
  readOnly = false,
  emptyActions,
}: {
  onOpenFiles(files: FileList): void;
  theme: 'light' | 'dark';
  readOnly?: boolean;
  /** Extra ways to begin, shown in the empty state (templates, the wizard). */
  emptyActions?: ReactNode;
}) {
  const store = useStudioStore();
  const design = useStudio((s) => s.design);
  const selection = useStudio((s) => s.selection);
  const loadCount = useStudio((s) => s.loadCount);
  const fitRequests = useStudio((s) => s.fitRequests);
  const renaming = useStudio((s) => s.renaming);
  const { badges } = useReview();
  const toasts = useToasts();
  const flow = useReactFlow();

  // A design with nodes that have no position waits for the layout engine before it is shown.
  const [engine, setEngine] = useState(layoutEngineIfLoaded);
  const positions = useMemo(() => shownPositions(design, engine), [design, engine]);
  useEffect(() => {
    if (!engine && !completeLayout(design)) void loadLayoutEngine().then(setEngine);
  }, [design, engine]);
  const selectedNodes = useMemo(() => new Set(selection.nodes), [selection.nodes]);
  const selectedEdges = useMemo(() => new Set(selection.connections), [selection.connections]);

  const connectionKinds = useMemo(() => new Set(design.connections.map((c) => c.kind)), [design.connections]);
  const [nodes, setNodes] = useState<DesignFlowNode[]>([]);
  const [edges, setEdges] = useState<DesignFlowEdge[]>([]);
  // The design the latest flow nodes were built from, and the one React Flow has (its effects run before ours).
  const builtFrom = useRef(new WeakMap<DesignFlowNode[], Design>());
  const flowHas = useRef<Design | null>(null);
  useEffect(() => {
    if (!positions) return;
    setNodes((prev) => {
      const next = toFlowNodes(design, positions, selectedNodes, badges, prev, design.nodes.length > CULL_ABOVE, readOnly ? null : renaming);
      builtFrom.current.set(next, design);
      return next;
    });
  }, [design, positions, selectedNodes, badges, renaming, readOnly]);
  useEffect(() => {
    // Built in the same effect phase as the nodes above, so React Flow is never handed an edge before its nodes.
    if (!positions) return;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- see above
    setEdges((prev) => toFlowEdges(design, selectedEdges, badges, prev));
  }, [design, positions, selectedEdges, badges]);
  useRemeasureLostHandles(nodes);

  // A newly loaded design (file, template, link, wizard, autosave) is shown whole, and so is the
  // design after Layout, a large paste or the fit key — once React Flow has its nodes: a fit asked
  // for earlier runs on the old positions. `data-fitted-load` and `data-fitted-request` tell tests
  // which load and which request the view was last fitted to.
  const fitToFreeCanvas = useFitToFreeCanvas();
  const fitPending = useRef<{ design: Design; load: number; request: number } | null>(
    design.nodes.length > 0 ? { design, load: loadCount, request: fitRequests } : null,
  );
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
  }, [nodes, fitIfReady]);
  const lastAsked = useRef({ load: loadCount, request: fitRequests });
  useEffect(() => {
    if (lastAsked.current.load === loadCount && lastAsked.current.request === fitRequests) return;
    lastAsked.current = { load: loadCount, request: fitRequests };
    fitPending.current = { design: store.getState().design, load: loadCount, request: fitRequests };
    fitIfReady();
  }, [loadCount, fitRequests, store, fitIfReady]);

  // The store owns the selection: React Flow's select changes go straight to it, never into the
  // local nodes, so a re-render that lands between a click and its selection event (a review
  // finishing, say) cannot put the old selection back.
  const applySelectChanges = useCallback(
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

  // Position changes during a drag stay local to the canvas; the design changes once, at the drop.
  const onNodesChange = useCallback(
    (changes: NodeChange<DesignFlowNode>[]) => {
      setNodes((current) => {
        const next = applyNodeChanges(changes.filter((c) => c.type !== 'remove' && c.type !== 'select'), current);
        // Measured or dragged, the nodes still show the same design.
        const design = builtFrom.current.get(current);
        if (design) builtFrom.current.set(next, design);
        return next;
      });
      applySelectChanges(changes, 'nodes');
    },
    [applySelectChanges],
  );
  const onEdgesChange = useCallback(
    (changes: EdgeChange<DesignFlowEdge>[]) => {
      setEdges((current) => applyEdgeChanges(changes.filter((c) => c.type !== 'remove' && c.type !== 'select'), current));
      applySelectChanges(changes, 'connections');
    },
    [applySelectChanges],
  );

  const onNodeDragStop = useCallback(
    (_: unknown, __: unknown, dragged: DesignFlowNode[]) => {
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

  const isValidConnection: IsValidConnection = useCallback(
    (c) => checkConnection(store.getState().design, c.source, c.target).ok,
    [store],
  );

  const connectNodes = useCallback(
    (from: string, to: string) => {
      const result = connect(store.getState().design, from, to);
      if (result.ok) store.getState().change(() => result.design);
      else toasts.push('error', result.reason);
    },
    [store, toasts],
  );

  const onConnect = useCallback((c: { source: string; target: string }) => connectNodes(c.source, c.target), [connectNodes]);

  // Dropping a connection on a node's body (not only its handle) connects too, or says why not.
  const onConnectEnd: OnConnectEnd = useCallback(
    (event, state) => {
      if (state.isValid || !state.fromNode) return;
      const point = 'changedTouches' in event ? event.changedTouches[0] : event;
      const target = (document.elementFromPoint(point.clientX, point.clientY) as HTMLElement | null)?.closest('.react-flow__node');
      const targetId = target?.getAttribute('data-id');
      if (!targetId || targetId === state.fromNode.id) return;
      connectNodes(state.fromNode.id, targetId);
    },
    [connectNodes],
  );

  const [connecting, setConnecting] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const dragDepth = useRef(0);
  const [fileOver, setFileOver] = useState(false);
  const onDragOver = useCallback((event: DragEvent) => {
    event.preventDefault();
    event.dataTransfer.dropEffect = event.dataTransfer.types.includes('Files') ? 'copy' : 'move';
  }, []);
  const onDrop = useCallback(
    (event: DragEvent) => {
      event.preventDefault();
      dragDepth.current = 0;
      setFileOver(false);
      if (event.dataTransfer.files.length > 0) {
        onOpenFiles(event.dataTransfer.files);
        return;
      }
      const kind = event.dataTransfer.getData(PALETTE_MIME) as NodeKind;
      if (!kind || readOnly) return;
      const position = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const snapped = { x: Math.round((position.x - 120) / 16) * 16, y: Math.round((position.y - 30) / 16) * 16 };
      let id = '';
      store.getState().change((d) => {
        const added = addNode(d, kind, { position: snapped });
        id = added.id;
        return added.design;
      });
      store.getState().select({ nodes: [id], connections: [] });
    },
    [flow, onOpenFiles, readOnly, store],
  );

  return (
    <div
      ref={container}
      className={`relative h-full w-full ${connecting ? 'is-connecting' : ''}`}
      data-testid="canvas"
      data-load-count={loadCount}
      data-fitted-load={fitted.load}
      data-fit-request={fitRequests}
      data-fitted-request={fitted.request}
      onDragEnter={(e) => {
        if (e.dataTransfer.types.includes('Files')) {
          dragDepth.current++;
          setFileOver(true);
        }
      }}
      onDragLeave={() => {
        dragDepth.current = Math.max(0, dragDepth.current - 1);
        if (dragDepth.current === 0) setFileOver(false);
      }}
    >
      <EdgeMarkers />
      <ReactFlow<DesignFlowNode, DesignFlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStop={onNodeDragStop}
        onNodeDoubleClick={onNodeDoubleClick}
        onConnect={onConnect}
        onConnectStart={() => setConnecting(true)}
        onConnectEnd={(event, state) => {
          setConnecting(false);
          onConnectEnd(event, state);
        }}
        isValidConnection={isValidConnection}
        connectionLineComponent={ConnectionLine}
        connectionRadius={36}
        onDragOver={onDragOver}
        onDrop={onDrop}
        colorMode={theme}
        snapToGrid
        snapGrid={[16, 16]}
        // Delete and Backspace are the studio's (shortcuts.ts): they delete the store's selection wherever the canvas has focus.
        deleteKeyCode={null}
        // Wheel and two-finger scroll pan, as in the best diagram tools; Ctrl/⌘+wheel and pinch zoom.
        panOnScroll
        zoomOnScroll={false}
        zoomOnPinch
        zoomOnDoubleClick={false}
        multiSelectionKeyCode={['Meta', 'Control', 'Shift']}
        selectionKeyCode="Shift"
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        minZoom={0.1}
        maxZoom={2}
        onlyRenderVisibleElements={design.nodes.length > CULL_ABOVE}
        proOptions={{ hideAttribution: true }}
      >
        <Background variant={BackgroundVariant.Dots} gap={16} size={1} />
        <EdgeLegend kinds={connectionKinds} />
        <ZoomScale container={container} />
        <Controls showInteractive={false} aria-label="Zoom controls" />
        {design.nodes.length > OVERVIEW_MAP_ABOVE ? (
          <OverviewMap design={design} positions={positions ?? {}} />
        ) : (
          <MiniMap pannable zoomable ariaLabel="Minimap" style={MINIMAP_SIZE} nodeColor={(n) => KIND_LOOKS[(n as DesignFlowNode).data.node.kind]?.color ?? '#888'} nodeStrokeWidth={0} />
        )}
      </ReactFlow>
      {design.nodes.length === 0 && !readOnly && <EmptyState actions={emptyActions} />}
      {fileOver && (
        <div className="pointer-events-none absolute inset-3 flex items-center justify-center rounded-xl border-2 border-dashed border-[var(--accent)] bg-[var(--panel)]/70 text-[15px] font-medium">
          Drop to open the file (design, AsyncAPI, RabbitMQ definitions, Strimzi, topicctl)
        </div>
      )}
    </div>
  );
}

function EmptyState({ actions }: { actions?: ReactNode }) {
  return (
    <>
      <div data-testid="canvas.empty" className={`pointer-events-none absolute inset-0 flex justify-center ${actions ? 'items-start pt-[6%]' : 'items-center'}`}>
        <div className="max-w-[440px] rounded-xl border border-dashed border-[var(--border)] bg-[var(--panel)]/90 p-6 text-center shadow-sm">
          <div className="text-[16px] font-semibold">Start your design</div>
          {/* On a short window the template gallery below needs the room: the steps give way, the heading and one line stay. */}
          <ol className={`mt-3 space-y-1.5 text-left text-[13px] text-[var(--muted)] ${actions ? '[@media(max-height:820px)]:hidden' : ''}`}>
            <li>1. Drag a producer, a topic or queue, and a consumer group from the palette on the left (or click one to add it).</li>
            <li>2. Connect them: drag from the dot on a node&apos;s right edge to the next node.</li>
            <li>3. Select a node to edit it on the right; the review scores the design as you go.</li>
          </ol>
          <div className={`mt-3 text-[12px] text-[var(--muted)] ${actions ? '[@media(max-height:820px)]:hidden' : ''}`}>Or drop a design file, AsyncAPI document or RabbitMQ definitions.json here.</div>
          {actions && <div className="mt-2 hidden text-[13px] text-[var(--muted)] [@media(max-height:820px)]:block">Drag from the palette, start from a template below, or drop a file here.</div>}
        </div>
      </div>
      {/* Docked at the bottom, away from where people drop their first node. */}
      {actions && <div className="absolute inset-x-3 bottom-3 z-10">{actions}</div>}
    </>
  );
}
