'use client';

import { Panel } from '@xyflow/react';
import { memo } from 'react';
import { CONNECTION_KINDS, type ConnectionKind } from '@/lib/design';
import { EDGE_LOOKS } from './edge-looks';
import { ArrowHead } from './edge-markers';

/** What each line on the canvas means, for the kinds of connection the design has. */
export const EdgeLegend = memo(function EdgeLegend({ kinds }: { kinds: ReadonlySet<ConnectionKind> }) {
  const shown = CONNECTION_KINDS.filter((k) => kinds.has(k));
  if (shown.length === 0) return null;
  return (
    <Panel position="top-right">
      <ul
        aria-label="Connection kinds"
        data-testid="canvas.legend"
        className="space-y-0.5 rounded-md border border-[var(--border)] bg-[var(--panel)]/95 px-2 py-1.5 text-[11px] text-[var(--muted)] shadow-sm"
      >
        {shown.map((kind) => {
          const look = EDGE_LOOKS[kind];
          return (
            <li key={kind} className="flex items-center gap-1.5">
              <svg aria-hidden width="32" height="12" viewBox="0 0 32 12">
                <line x1="1" y1="6" x2="28" y2="6" style={{ stroke: look.color }} strokeWidth="2" strokeDasharray={look.dash} />
                <g transform="translate(20, 0)">
                  <ArrowHead kind={kind} />
                </g>
              </svg>
              {look.label}
            </li>
          );
        })}
      </ul>
    </Panel>
  );
});
