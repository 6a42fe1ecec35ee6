'use client';

import { useStore } from '@xyflow/react';
import { memo } from 'react';
import { CONNECTION_KINDS, type ConnectionKind } from '@/lib/design';
import { EDGE_LOOKS, markerId } from './edge-looks';

/** A kind's arrowhead in a 12 × 12 box, tip at (11, 6): filled or open (edge-looks.ts). */
export function ArrowHead({ kind }: { kind: ConnectionKind }) {
  const look = EDGE_LOOKS[kind];
  return look.arrow === 'filled' ? (
    <path d="M1,1 L11,6 L1,11 Z" style={{ fill: look.color, stroke: look.color }} strokeWidth="1" strokeLinejoin="round" />
  ) : (
    <path d="M1,1.5 L11,6 L1,10.5" style={{ stroke: look.color }} fill="none" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
  );
}

/** An arrowhead's length on screen at 100 %; zoomed out it keeps about this size, so direction stays visible in an overview. */
const ARROW_SIZE = 13;

/**
 * Arrowheads, one per kind of connection, in the kind's colour, with the tip
 * exactly at the end of the line, which ends at the node's border. Sized in
 * canvas units, growing as the view zooms out (lines keep their width on
 * screen too: see .react-flow__edge-path in globals.css).
 */
export const EdgeMarkers = memo(function EdgeMarkers() {
  const zoom = useStore((s) => s.transform[2]);
  // Half-way between keeping the canvas size and keeping the screen size: visible, never larger than the nodes it points at.
  const size = ARROW_SIZE * Math.sqrt(Math.max(1, 0.85 / zoom));
  return (
    <svg aria-hidden width="0" height="0" style={{ position: 'absolute' }}>
      <defs>
        {CONNECTION_KINDS.map((kind) => {
          return (
            <marker key={kind} id={markerId(kind)} viewBox="0 0 12 12" refX="11" refY="6" markerWidth={size} markerHeight={size} markerUnits="userSpaceOnUse" orient="auto-start-reverse">
              <ArrowHead kind={kind} />
            </marker>
          );
        })}
      </defs>
    </svg>
  );
});
