'use client';

import { BaseEdge, EdgeLabelRenderer, type Edge, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { Connection } from '@/lib/design';
import type { FindingBadge } from '../nodes/base-node';
import { EDGE_LOOKS } from './edge-looks';
import { edgePath } from './edge-path';

export type DesignFlowEdge = Edge<{ connection: Connection; badge?: FindingBadge; text?: string; offset: number }, 'design'>;

const BADGE_COLOR = { error: 'var(--error)', warning: 'var(--warning)', info: 'var(--info)' } as const;

/**
 * A connection on the canvas: drawn in its kind's look (edge-looks.ts), bowed
 * apart from parallel connections, with a halo when selected, and its label
 * (routing key, subject, findings) as HTML on a solid background so it stays
 * readable over lines and the grid.
 */
export const DesignEdge = memo(function DesignEdge(props: EdgeProps<DesignFlowEdge>) {
  const { id, data, selected, markerEnd, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition } = props;
  if (!data) return null;
  const look = EDGE_LOOKS[data.connection.kind];
  const { path, labelX, labelY } = edgePath({ sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition }, data.offset);
  return (
    <>
      {selected && <path d={path} className="design-edge-halo" fill="none" />}
      <BaseEdge id={id} path={path} markerEnd={markerEnd} interactionWidth={18} style={{ stroke: look.color, strokeWidth: selected ? 3 : 2, strokeDasharray: look.dash }} />
      {(data.text || data.badge) && (
        <EdgeLabelRenderer>
          <div
            className={`design-edge-label nodrag nopan ${selected ? 'is-selected' : ''}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)`, borderColor: look.color }}
            data-testid={`canvas.edge.${data.connection.id}.label`}
          >
            {data.text}
            {data.badge && (
              <span
                className="ml-1 rounded-full px-1 font-semibold text-[var(--on-accent)]"
                style={{ background: BADGE_COLOR[data.badge.worst] }}
                title={`${data.badge.count} finding${data.badge.count === 1 ? '' : 's'}`}
              >
                {data.badge.count}
              </span>
            )}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});
