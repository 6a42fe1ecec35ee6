'use client';

import { Background, BackgroundVariant, Controls, MiniMap, ReactFlow, type EdgeTypes, type ReactFlowProps } from '@xyflow/react';
import { memo, useMemo, useRef, type ReactNode } from 'react';
import type { Design } from '@/lib/design';
import type { shownPositions } from '@/lib/layout/on-demand';
import { useStudio } from '../studio/store-context';
import { ConnectionLine } from './connection-line';
import { DesignEdge, type DesignFlowEdge } from './edges/design-edge';
import { EdgeLegend } from './edges/edge-legend';
import { EdgeMarkers } from './edges/edge-markers';
import { EmptyState } from './empty-state';
import { useCanvasDrop } from './use-canvas-drop';
import { useConnectHandlers } from './use-connect-handlers';
import { useFitOnLoad } from './use-fit-on-load';
import { CULL_ABOVE, useFlowElements } from './use-flow-elements';
import { useNodeGestures } from './use-node-gestures';
import { useRemeasureLostHandles } from './use-remeasure-lost-handles';
import { ZoomScale } from './zoom-scale';
import { OverviewMap } from './overview-map';
import { NODE_TYPES, KIND_LOOKS } from './node-types';
import type { DesignFlowNode } from './nodes/base-node';

/**
 * Past this many nodes (where the canvas starts culling) the minimap is painted on a canvas
 * (overview-map.tsx) instead of one SVG element per node, which React Flow's minimap moves, hit-tests
 * and repaints at every pointer move of a drag and every frame of a pan.
 */
const OVERVIEW_MAP_ABOVE = CULL_ABOVE;

/** Small enough to leave the free canvas most of the room (a fit never puts nodes under it). */
const MINIMAP_SIZE = { width: 168, height: 112 };

/** Connection components by type; at module scope so React Flow never sees a new object. */
const EDGE_TYPES = { design: DesignEdge } satisfies EdgeTypes;

/** How the canvas behaves whatever the design: components, grid, keys, pan and zoom. */
const FLOW_BEHAVIOUR = {
  nodeTypes: NODE_TYPES,
  edgeTypes: EDGE_TYPES,
  connectionLineComponent: ConnectionLine,
  connectionRadius: 36,
  snapToGrid: true,
  snapGrid: [16, 16],
  // Delete and Backspace are the studio's (shortcuts.ts): they delete the store's selection wherever the canvas has focus.
  deleteKeyCode: null,
  // Wheel and two-finger scroll pan, as in the best diagram tools; Ctrl/⌘+wheel and pinch zoom.
  panOnScroll: true,
  zoomOnScroll: false,
  zoomOnPinch: true,
  zoomOnDoubleClick: false,
  multiSelectionKeyCode: ['Meta', 'Control', 'Shift'],
  selectionKeyCode: 'Shift',
  minZoom: 0.1,
  maxZoom: 2,
  proOptions: { hideAttribution: true },
} satisfies ReactFlowProps<DesignFlowNode, DesignFlowEdge>;

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
  const design = useStudio((s) => s.design);
  const loadCount = useStudio((s) => s.loadCount);
  const fitRequests = useStudio((s) => s.fitRequests);
  const connectionKinds = useMemo(() => new Set(design.connections.map((c) => c.kind)), [design.connections]);
  // The order matters: the fit's effects run after the nodes were built and re-measured.
  const { positions, nodes, edges, builtFrom, onNodesChange, onEdgesChange } = useFlowElements(readOnly);
  useRemeasureLostHandles(nodes);
  const fitted = useFitOnLoad(nodes, builtFrom);
  const { onNodeDragStart, onNodeDragStop, onNodeDoubleClick } = useNodeGestures(readOnly);
  const { connecting, isValidConnection, onConnect, onConnectStart, onConnectEnd } = useConnectHandlers();
  const { fileOver, onDragEnter, onDragLeave, onDragOver, onDrop } = useCanvasDrop(onOpenFiles, readOnly);
  const container = useRef<HTMLDivElement>(null);

  return (
    <div
      ref={container}
      className={`relative h-full w-full ${connecting ? 'is-connecting' : ''}`}
      data-testid="canvas"
      data-load-count={loadCount}
      data-fitted-load={fitted.load}
      data-fit-request={fitRequests}
      data-fitted-request={fitted.request}
      onDragEnter={onDragEnter}
      onDragLeave={onDragLeave}
    >
      <EdgeMarkers />
      <ReactFlow<DesignFlowNode, DesignFlowEdge>
        {...FLOW_BEHAVIOUR}
        nodes={nodes}
        edges={edges}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStart={onNodeDragStart}
        onNodeDragStop={onNodeDragStop}
        onNodeDoubleClick={onNodeDoubleClick}
        onConnect={onConnect}
        onConnectStart={onConnectStart}
        onConnectEnd={onConnectEnd}
        isValidConnection={isValidConnection}
        onDragOver={onDragOver}
        onDrop={onDrop}
        colorMode={theme}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        onlyRenderVisibleElements={design.nodes.length > CULL_ABOVE}
      >
        <Background variant={BackgroundVariant.Dots} gap={16} size={1} />
        <EdgeLegend kinds={connectionKinds} />
        <ZoomScale container={container} />
        <Controls showInteractive={false} aria-label="Zoom controls" />
        <CanvasMap design={design} positions={positions} />
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

/**
 * A minimap node's colour: its kind's. At module scope because React Flow's minimap re-renders
 * every one of its nodes when this function's identity changes (at every pointer move of a drag,
 * when it was written inline).
 */
function minimapNodeColor(node: DesignFlowNode): string {
  return KIND_LOOKS[node.data.node.kind]?.color ?? '#888';
}

/** React Flow's minimap, or for a very large design the overview painted on a canvas. Its props change only with the design. */
const CanvasMap = memo(function CanvasMap({ design, positions }: { design: Design; positions: ReturnType<typeof shownPositions> }) {
  return design.nodes.length > OVERVIEW_MAP_ABOVE ? (
    <OverviewMap design={design} positions={positions ?? {}} />
  ) : (
    <MiniMap<DesignFlowNode> pannable zoomable ariaLabel="Minimap" style={MINIMAP_SIZE} nodeColor={minimapNodeColor} nodeStrokeWidth={0} />
  );
});
