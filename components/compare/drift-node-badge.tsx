'use client';

import { useStore } from 'zustand';
import { compareStore, DRIFT_COLOUR } from './compare-store';

const WORD = { 'only-in-design': 'not on the cluster', 'only-in-cluster': 'only on the cluster', differs: 'differs' } as const;

/** A node's open differences from the cluster it was compared with; nothing when no comparison is open. Its own subscription, so the flow nodes are not rebuilt. */
export function DriftNodeBadge({ id }: { id: string }) {
  const mark = useStore(compareStore, (s) => s.marks[id]);
  if (!mark) return null;
  const kind = mark.kinds.includes('differs') ? 'differs' : mark.kinds[0];
  return (
    <div
      data-testid={`canvas.node.${id}.drift`}
      data-kind={kind}
      title={`Compared with the cluster:\n${mark.titles.join('\n')}`}
      className="absolute -bottom-3 right-3 flex items-center gap-1 rounded-full border-2 bg-[var(--panel)] px-1.5 text-[11px] font-semibold shadow-sm"
      style={{ borderColor: DRIFT_COLOUR[kind] }}
    >
      <span aria-hidden>≠</span>
      <span>{mark.count === 1 ? WORD[kind] : `${mark.count} differences`}</span>
    </div>
  );
}
