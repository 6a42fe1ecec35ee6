'use client';

import { useStore } from 'zustand';
import { simOverlayStore } from './sim-overlay-store';

/** Past these, a node is shown as busy, then saturated (the capacity model's target utilisation is 0.7). */
const BUSY = 0.7;
const SATURATED = 0.95;

function compact(value: number): string {
  if (value >= 1_000_000) return `${(value / 1_000_000).toFixed(1)}M`;
  if (value >= 10_000) return `${Math.round(value / 1000)}k`;
  if (value >= 1000) return `${(value / 1000).toFixed(1)}k`;
  return String(Math.round(value));
}

/** A node's live numbers while a simulation plays: rate and depth/lag, coloured by utilisation. Nothing when no run is shown. */
export function SimNodeBadge({ id }: { id: string }) {
  const live = useStore(simOverlayStore, (s) => s.byNode[id]);
  if (!live) return null;
  const level = live.utilisation >= SATURATED ? 'saturated' : live.utilisation >= BUSY ? 'busy' : 'ok';
  const colour = level === 'saturated' ? 'var(--error)' : level === 'busy' ? 'var(--warning)' : 'var(--ok)';
  return (
    <div
      data-testid={`canvas.node.${id}.sim`}
      data-level={level}
      title={`Simulation: ${Math.round(live.ratePerS)} processed/s, ${live.depth} waiting, ${Math.round(live.utilisation * 100)} % busy`}
      className="absolute -top-3 left-3 flex items-center gap-1 rounded-full border bg-[var(--panel)] px-1.5 text-[11px] font-semibold tabular-nums shadow-sm"
      style={{ borderColor: colour }}
    >
      <span aria-hidden className="inline-block h-2 w-2 rounded-full" style={{ background: colour }} />
      <span>{compact(live.ratePerS)}/s</span>
      <span className="text-[var(--muted)]">· {compact(live.depth)} waiting</span>
    </div>
  );
}
