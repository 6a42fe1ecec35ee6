'use client';

import { useEffect } from 'react';
import { useStore } from 'zustand';
import type { Design } from '@/lib/design';
import { addLiveResource, adoptLiveValue, type DesignEdit } from '@/lib/live/adopt-difference';
import { differenceKey, differenceTarget } from '@/lib/live/difference-node';
import type { Difference } from '@/lib/live/drift';
import { useStudio, useStudioStore } from '../studio/store-context';
import { Button } from '../ui/button';
import { useToasts } from '../ui/toasts';
import { driftMarks, runComparison } from './compare-actions';
import { closeComparison, compareStore, DRIFT_COLOUR } from './compare-store';
import { PlanView } from './plan-view';

/**
 * The dock under the canvas after "Compare with cluster…": the differences
 * between the design and the cluster (each with the design's value, the
 * cluster's and where the cluster's comes from), what to do about each
 * (adopt the live value, add what only the cluster has, keep the design),
 * and the plan that would make the cluster match. Every change to the
 * design is one undo step; the canvas marks the nodes with open differences.
 */

const KIND_LABEL: Record<Difference['kind'], string> = { 'only-in-design': 'only in the design', 'only-in-cluster': 'only in the cluster', differs: 'differs' };

const testIdOf = (d: Difference) => `compare.difference.${d.resource.type}.${d.resource.name}${d.setting ? `.${d.setting}` : ''}`;

function Value({ label, value }: { label: string; value: string | undefined }) {
  return (
    <div className="min-w-0">
      <dt className="text-[11px] uppercase tracking-wide text-[var(--muted)]">{label}</dt>
      <dd className="font-mono text-[12px] [overflow-wrap:anywhere]">{value === undefined || value === '' ? <span className="text-[var(--muted)]">not set</span> : value}</dd>
    </div>
  );
}

function DifferenceRow({ d, onEdit, hasLive }: { d: Difference; onEdit(edit: (design: Design) => DesignEdit, how: 'adopted' | 'added'): void; hasLive: boolean }) {
  const store = useStudioStore();
  const live = compareStore.getState().comparison?.live;
  const keep = () => compareStore.setState((s) => ({ settled: new Map(s.settled).set(differenceKey(d), 'kept') }));
  const show = () => {
    const target = differenceTarget(store.getState().design, d);
    if (target.nodeId || target.connectionId)
      store.getState().select({ nodes: target.nodeId && !target.connectionId ? [target.nodeId] : [], connections: target.connectionId ? [target.connectionId] : [] });
  };
  return (
    <li data-testid={testIdOf(d)} data-kind={d.kind} className="border-b border-[var(--border)] px-3 py-2 last:border-b-0">
      <div className="flex flex-wrap items-center gap-2">
        <span aria-hidden className="inline-block h-2.5 w-2.5 shrink-0 rounded-full" style={{ background: DRIFT_COLOUR[d.kind] }} />
        <button type="button" className="min-w-0 truncate text-left text-[13px] font-semibold hover:underline" title="Show it on the canvas" onClick={show}>
          {d.resource.type} {d.resource.name}
        </button>
        <span className="text-[12px] text-[var(--muted)]">
          {d.setting ? <span className="font-mono">{d.setting}</span> : null} {KIND_LABEL[d.kind]}
        </span>
        <span className="ml-auto flex gap-1.5">
          {d.kind === 'differs' && (
            <Button data-testid={`${testIdOf(d)}.adopt`} title="Write the cluster's value into the design (one undo step)" onClick={() => onEdit((design) => adoptLiveValue(design, d), 'adopted')}>
              Adopt live value
            </Button>
          )}
          {d.kind === 'only-in-cluster' && hasLive && (
            <Button
              data-testid={`${testIdOf(d)}.add`}
              title="Add the cluster's resource to the design (one undo step)"
              onClick={() => live && onEdit((design) => addLiveResource(design, live, d), 'added')}
            >
              Add to design
            </Button>
          )}
          <Button data-testid={`${testIdOf(d)}.keep`} title="The design is right: dismiss this (the plan still makes the cluster match the design)" onClick={keep}>
            Keep design
          </Button>
        </span>
      </div>
      {d.kind !== 'only-in-design' && (
        <dl className="mt-1 grid grid-cols-[minmax(0,1fr)_minmax(0,1fr)_minmax(0,1.6fr)] gap-2">
          <Value label="Design" value={d.design} />
          <Value label="Cluster" value={d.live} />
          <Value label="Source" value={d.source ?? (d.kind === 'only-in-cluster' ? 'the cluster' : undefined)} />
        </dl>
      )}
    </li>
  );
}

function CompareHeader({ source, busy }: { source: string; busy: false | 'compare' | 'apply' }) {
  const store = useStudioStore();
  return (
    <div className="flex flex-wrap items-center gap-2 border-b border-[var(--border)] px-3 py-1.5">
      <h2 className="text-[13px] font-semibold">Compare with cluster</h2>
      <span className="min-w-0 truncate text-[12px] text-[var(--muted)]" data-testid="compare.source">
        {source}
      </span>
      <span className="ml-auto flex gap-2">
        <Button data-testid="compare.refresh" disabled={busy !== false} onClick={() => void runComparison(store.getState().design)}>
          {busy === 'compare' ? 'Reading the cluster…' : 'Compare again'}
        </Button>
        <Button aria-label="Close the comparison" data-testid="compare.close" onClick={closeComparison}>
          ✕
        </Button>
      </span>
    </div>
  );
}

export function ComparePanel() {
  const store = useStudioStore();
  const toasts = useToasts();
  const design = useStudio((s) => s.design);
  const comparison = useStore(compareStore, (s) => s.comparison);
  const settled = useStore(compareStore, (s) => s.settled);
  const busy = useStore(compareStore, (s) => s.busy);
  const error = useStore(compareStore, (s) => s.error);

  // The marks follow the design: an adopted value, an added node, an undo.
  useEffect(() => {
    compareStore.setState({ marks: comparison ? driftMarks(design, comparison.differences, settled) : {} });
  }, [design, comparison, settled]);

  if (!comparison) return null;
  const open = comparison.differences.filter((d) => !settled.has(differenceKey(d)));
  const kept = [...settled.values()].filter((how) => how === 'kept').length;

  const edit = (d: Difference) => (change: (design: Design) => DesignEdit, how: 'adopted' | 'added') => {
    const result = change(store.getState().design);
    if (!result.ok) {
      toasts.push('error', result.reason);
      return;
    }
    store.getState().change(() => result.design);
    compareStore.setState((s) => ({ settled: new Map(s.settled).set(differenceKey(d), how) }));
  };

  return (
    <section
      aria-label="Compare with cluster"
      data-testid="compare"
      data-busy={busy || undefined}
      className="@container flex h-[45%] min-h-[260px] flex-col border-t border-[var(--border)] bg-[var(--panel)]"
    >
      <CompareHeader source={comparison.source} busy={busy} />
      {error && (
        <p role="alert" data-testid="compare.error" className="mx-3 mt-2 rounded border border-[var(--error)] px-2 py-1.5 text-[12.5px]" style={{ color: 'var(--error)' }}>
          {error}
        </p>
      )}
      <div className="grid min-h-0 flex-1 grid-cols-1 overflow-auto @3xl:grid-cols-2 @3xl:overflow-hidden">
        <div className="flex flex-col @3xl:min-h-0 @3xl:border-r @3xl:border-[var(--border)]">
          <h3 className="px-3 pt-2 text-[12px] font-semibold" data-testid="compare.summary">
            {comparison.differences.length === 0 ? 'Differences' : `Differences: ${open.length} open${kept > 0 ? `, ${kept} kept as designed` : ''}`}
          </h3>
          {comparison.problems.map((p) => (
            <p key={p} className="px-3 text-[12px]" style={{ color: 'var(--warning-text, var(--muted))' }}>
              {p}
            </p>
          ))}
          {comparison.differences.length === 0 ? (
            <p data-testid="compare.match" className="px-3 py-2 text-[13px]">
              ✓ The cluster matches the design.
            </p>
          ) : open.length === 0 ? (
            <p className="px-3 py-2 text-[13px] text-[var(--muted)]">Every difference is settled. The plan makes the cluster match the design.</p>
          ) : (
            <ul aria-label="Differences" className="@3xl:min-h-0 @3xl:flex-1 @3xl:overflow-auto" data-testid="compare.differences">
              {open.map((d) => (
                <DifferenceRow key={differenceKey(d)} d={d} onEdit={edit(d)} hasLive={comparison.live !== undefined} />
              ))}
            </ul>
          )}
          {comparison.notes.map((n) => (
            <p key={n} className="px-3 pb-1 text-[12px] text-[var(--muted)]">
              {n}
            </p>
          ))}
        </div>
        <PlanView design={design} />
      </div>
    </section>
  );
}
