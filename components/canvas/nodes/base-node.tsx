'use client';

import { Handle, Position, useStore, type NodeProps, type Node } from '@xyflow/react';
import { Fragment, type ReactNode } from 'react';
import { KINDS, outgoingOf, type DesignNode } from '@/lib/design';
import { DriftNodeBadge } from '../../compare/drift-node-badge';
import { SimNodeBadge } from '../../simulate/sim-node-badge';
import { RenameField } from './rename-field';

export interface FindingBadge {
  count: number;
  worst: 'error' | 'warning' | 'info';
}

export type DesignFlowNode = Node<{ node: DesignNode; summary: string[]; badge?: FindingBadge; renaming?: boolean }, string>;

/** How a kind looks on screen: its label and the look its definition in lib/design/kinds declares, with the icon drawn. */
export interface KindLook {
  label: string;
  color: string;
  icon: ReactNode;
  shape: 'service' | 'channel';
}

const ACCEPTS_INCOMING = new Set(KINDS.flatMap((k) => Object.values(outgoingOf(k.kind)).flat()));
const HAS_OUTGOING = new Set(KINDS.filter((k) => Object.keys(outgoingOf(k.kind)).length > 0).map((k) => k.kind as string));

/** The handles failure paths (dead letters, retries, alternates) use: out at the bottom, in at the top (see isSideConnection). Not for drawing connections. */
export const FAILURE_HANDLE = 'failure';

const BADGE_COLOR = { error: 'var(--error)', warning: 'var(--warning)', info: 'var(--info)' } as const;

export function BaseNode({ data, look }: { data: DesignFlowNode['data']; look: KindLook }) {
  const { node, summary, badge, renaming } = data;
  // A handle connects unless told otherwise, whatever the canvas says: in the read-only review nothing may start or end a connection.
  const connectable = useStore((s) => s.nodesConnectable);
  return (
    <div
      data-testid={`canvas.node.${node.id}`}
      className={`relative w-[240px] border bg-[var(--panel)] px-3 py-2 text-[var(--text)] shadow-sm ${renaming ? 'is-renaming' : ''} ${look.shape === 'service' ? 'rounded-[22px]' : 'rounded-md'}`}
      style={{ borderColor: 'var(--border)', borderLeft: `5px solid ${look.color}` }}
    >
      {ACCEPTS_INCOMING.has(node.kind) && <Handle type="target" position={Position.Left} isConnectable={connectable} isConnectableStart={false} />}
      {ACCEPTS_INCOMING.has(node.kind) && <Handle type="target" id={FAILURE_HANDLE} position={Position.Top} isConnectable={false} className="failure-handle" />}
      <div className="node-body">
        <div className="flex items-center gap-1.5 text-[11px] font-medium uppercase tracking-wide text-[var(--muted)]">
          <span aria-hidden style={{ color: look.color }} className="inline-flex h-4 w-4 items-center">
            {look.icon}
          </span>
          <span className="truncate">{look.label}</span>
          {'role' in node && node.role !== 'normal' && <span className="rounded bg-[var(--panel-2)] px-1 normal-case tracking-normal">{node.role}</span>}
          {badge && (
            <span
              data-testid={`canvas.node.${node.id}.badge`}
              title={`${badge.count} finding${badge.count === 1 ? '' : 's'}`}
              className="ml-auto rounded-full px-1.5 text-[11px] font-semibold normal-case text-[var(--on-accent)]"
              style={{ background: BADGE_COLOR[badge.worst] }}
            >
              {badge.count}
            </span>
          )}
        </div>
        {renaming ? (
          <RenameField node={node} />
        ) : (
          <div data-testid={`canvas.node.${node.id}.name`} className="line-clamp-2 text-[16px] font-semibold leading-snug [overflow-wrap:anywhere]" title={node.name}>
            <BreakableName name={node.name} />
          </div>
        )}
        {summary.map((line, i) => (
          <div key={i} data-testid={i === 0 ? `canvas.node.${node.id}.summary` : undefined} className="truncate text-[13px] text-[var(--muted)]" title={line}>
            {line}
          </div>
        ))}
      </div>
      {/* Live simulation numbers: their own subscription, so a tick does not rebuild the flow nodes. */}
      <SimNodeBadge id={node.id} />
      {/* Open differences from a compared cluster: their own subscription, like the simulation's. */}
      <DriftNodeBadge id={node.id} />
      {/* Zoomed out far, the facts are too small to read: the name alone, large (see zoom-scale.tsx), drawn by CSS from data-name so it is not a second copy of the name in the page's text. */}
      <div className="node-far-name" aria-hidden data-name={node.name.replace(/([._\-/:])/g, '$1\u200b')} />
      {HAS_OUTGOING.has(node.kind) && <Handle type="source" position={Position.Right} isConnectable={connectable} />}
      {HAS_OUTGOING.has(node.kind) && <Handle type="source" id={FAILURE_HANDLE} position={Position.Bottom} isConnectable={false} className="failure-handle" />}
    </div>
  );
}

/**
 * A name that wraps where people read a break (after `.`, `-`, `_`, `/`, `:`)
 * rather than in the middle of a word: `com.acme.orders.` / `payment-processed.v1`
 * reads on two lines of a node instead of being cut.
 */
function BreakableName({ name }: { name: string }) {
  const parts = name.split(/(?<=[._\-/:])/);
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {part}
          {i < parts.length - 1 && <wbr />}
        </Fragment>
      ))}
    </>
  );
}

export type DesignNodeProps = NodeProps<DesignFlowNode>;
