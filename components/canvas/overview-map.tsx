'use client';

import { Panel, useReactFlow, useStore, useViewport } from '@xyflow/react';
import { useEffect, useMemo, useRef, type PointerEvent } from 'react';
import type { Design, Position } from '@/lib/design';
import { NODE_HEIGHT, NODE_WIDTH } from '@/lib/layout/node-size';
import { KIND_LOOKS } from './node-types';

const WIDTH = 200;
const HEIGHT = 150;
/** Backing pixels per CSS pixel: sharp on high-density screens. */
const RESOLUTION = 2;

/**
 * The minimap of a large design, drawn on one <canvas>: React Flow's MiniMap
 * puts an SVG element in the page per node, which at thousands of nodes costs
 * seconds to mount and a re-render of them all at every pan. Here the nodes
 * are painted once per change of the design and the view is one rectangle on
 * top; a click or drag centres the canvas there.
 */
export function OverviewMap({ design, positions }: { design: Design; positions: Record<string, Position> }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const flow = useReactFlow();
  const { x, y, zoom } = useViewport();
  const paneWidth = useStore((s) => s.width);
  const paneHeight = useStore((s) => s.height);

  // The design's extent, and the scale that fits it in the map.
  const frame = useMemo(() => {
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const node of design.nodes) {
      const p = positions[node.id];
      if (!p) continue;
      minX = Math.min(minX, p.x);
      minY = Math.min(minY, p.y);
      maxX = Math.max(maxX, p.x + NODE_WIDTH);
      maxY = Math.max(maxY, p.y + NODE_HEIGHT);
    }
    if (minX === Infinity) return { minX: 0, minY: 0, scale: 1 };
    const scale = Math.min(WIDTH / Math.max(1, maxX - minX), HEIGHT / Math.max(1, maxY - minY));
    return { minX, minY, scale };
  }, [design, positions]);

  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    context.setTransform(RESOLUTION, 0, 0, RESOLUTION, 0, 0);
    context.clearRect(0, 0, WIDTH, HEIGHT);
    const w = Math.max(1, NODE_WIDTH * frame.scale);
    const h = Math.max(1, NODE_HEIGHT * frame.scale);
    for (const node of design.nodes) {
      const p = positions[node.id];
      if (!p) continue;
      context.fillStyle = KIND_LOOKS[node.kind]?.color ?? '#888';
      context.fillRect((p.x - frame.minX) * frame.scale, (p.y - frame.minY) * frame.scale, w, h);
    }
  }, [design, positions, frame]);

  // What the canvas shows, in map coordinates.
  const view = {
    left: (-x / zoom - frame.minX) * frame.scale,
    top: (-y / zoom - frame.minY) * frame.scale,
    width: (paneWidth / zoom) * frame.scale,
    height: (paneHeight / zoom) * frame.scale,
  };

  const centreAt = (event: PointerEvent<HTMLDivElement>) => {
    if (event.buttons !== 1 && event.type !== 'pointerdown') return;
    const box = event.currentTarget.getBoundingClientRect();
    const fx = (event.clientX - box.left) / frame.scale + frame.minX;
    const fy = (event.clientY - box.top) / frame.scale + frame.minY;
    void flow.setCenter(fx, fy, { zoom });
  };

  return (
    <Panel position="bottom-right">
      <div
        role="img"
        aria-label={`Overview of ${design.nodes.length.toLocaleString('en')} nodes; click to move the view there`}
        data-testid="canvas.overview"
        className="relative cursor-pointer overflow-hidden rounded border border-[var(--border)] bg-[var(--panel)]"
        style={{ width: WIDTH, height: HEIGHT }}
        onPointerDown={centreAt}
        onPointerMove={centreAt}
      >
        <canvas ref={canvas} width={WIDTH * RESOLUTION} height={HEIGHT * RESOLUTION} style={{ width: WIDTH, height: HEIGHT }} />
        <div className="pointer-events-none absolute border-2 border-[var(--accent)]" style={view} />
      </div>
    </Panel>
  );
}
