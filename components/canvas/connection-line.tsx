'use client';

import { getBezierPath, useReactFlow, type ConnectionLineComponentProps } from '@xyflow/react';
import { checkConnection } from '@/lib/design';
import { useStudio } from '../studio/store-context';

/**
 * The line drawn while connecting. When the pointer is over a node the
 * connection cannot go to, it turns red and says why, before the user lets go.
 */
export function ConnectionLine({ fromX, fromY, toX, toY, fromPosition, toPosition, fromNode, toNode }: ConnectionLineComponentProps) {
  const design = useStudio((s) => s.design);
  const flow = useReactFlow();
  // The line's end is the pointer in flow coordinates (or the handle it snapped to).
  const under = toNode ?? flow.getIntersectingNodes({ x: toX - 1, y: toY - 1, width: 2, height: 2 }).find((n) => n.id !== fromNode.id);
  const check = under && under.id !== fromNode.id ? checkConnection(design, fromNode.id, under.id) : undefined;
  const refused = check && !check.ok ? check.reason : undefined;
  const [path] = getBezierPath({ sourceX: fromX, sourceY: fromY, sourcePosition: fromPosition, targetX: toX, targetY: toY, targetPosition: toPosition });
  return (
    <g>
      <path d={path} fill="none" stroke={refused ? 'var(--error)' : check?.ok ? 'var(--ok)' : 'var(--accent)'} strokeWidth={2} strokeDasharray={refused ? '5 4' : undefined} />
      {refused && (
        <foreignObject x={toX + 14} y={toY + 10} width={300} height={120} style={{ overflow: 'visible' }}>
          <div
            data-testid="canvas.connection-refusal"
            role="alert"
            className="rounded-md border px-2 py-1 text-[12px] shadow"
            style={{ background: 'var(--panel)', borderColor: 'var(--error)', color: 'var(--text)' }}
          >
            {refused}
          </div>
        </foreignObject>
      )}
    </g>
  );
}
