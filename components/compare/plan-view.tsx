'use client';

import { useStore } from 'zustand';
import type { Design } from '@/lib/design';
import { resourceKey, type Operation, type ResourceRef, type Safety } from '@/lib/live/drift';
import { useStudioStore } from '../studio/store-context';
import { Button } from '../ui/button';
import { applyReviewedPlan, runComparison } from './compare-actions';
import { compareStore } from './compare-store';

/**
 * The plan that would make the cluster match the design: its operations in
 * order with their safety and why, what it will not do and why, and Apply
 * when the server's operator allows it. A destructive operation is in the
 * plan only while its own resource's box is ticked; ticking or unticking
 * plans again. Apply runs only the plan on screen for the design on screen.
 */

/** The plan's reasons name the command line's flag; here the same choice is the box below the reason. */
function inStudioWords(why: string): string {
  return why.replace(/pass --allow-delete \S+/g, 'tick "Allow deleting" below').replace(/without --allow-delete \S+/g, 'unless "Allow deleting" is ticked');
}

const SAFETY_COLOUR: Record<Safety, string> = { safe: 'var(--ok)', disruptive: 'var(--warning)', destructive: 'var(--error)' };

function SafetyBadge({ safety }: { safety: Safety }) {
  return (
    <span className="inline-block shrink-0 rounded-full border px-1.5 text-[11px] font-semibold" style={{ borderColor: SAFETY_COLOUR[safety], color: SAFETY_COLOUR[safety] }}>
      {safety}
    </span>
  );
}

function DeleteBox({ resource, design }: { resource: ResourceRef; design: Design }) {
  const key = resourceKey(resource);
  const ticked = useStore(compareStore, (s) => s.allowDelete.has(key));
  const busy = useStore(compareStore, (s) => s.busy !== false);
  const toggle = (on: boolean) => {
    compareStore.setState((s) => {
      const next = new Set(s.allowDelete);
      if (on) next.add(key);
      else next.delete(key);
      return { allowDelete: next };
    });
    void runComparison(design);
  };
  return (
    <label className="mt-1 flex items-center gap-1.5 text-[12px]">
      <input type="checkbox" data-testid={`compare.allow-delete.${key}`} checked={ticked} disabled={busy} onChange={(e) => toggle(e.target.checked)} />
      Allow deleting {resource.type} {resource.name}
    </label>
  );
}

function OperationRow({ op, index, design }: { op: Operation; index: number; design: Design }) {
  return (
    <li data-testid={`compare.operation.${index}`} data-safety={op.safety} className="border-b border-[var(--border)] px-3 py-1.5 text-[12.5px] last:border-b-0">
      <div className="flex flex-wrap items-center gap-2">
        <span className="tabular-nums text-[var(--muted)]">{index + 1}.</span>
        <SafetyBadge safety={op.safety} />
        <span className="font-semibold">
          {op.action} {op.resource.type} {op.resource.name}
        </span>
      </div>
      <p className="text-[12px] text-[var(--muted)]">{inStudioWords(op.why)}</p>
      {op.refused && (
        <p className="text-[12px]" style={{ color: 'var(--error)' }}>
          Refused by the broker: {op.refused}
        </p>
      )}
      {op.safety === 'destructive' && <DeleteBox resource={op.resource} design={design} />}
    </li>
  );
}

function AppliedOutcome() {
  const applied = useStore(compareStore, (s) => s.applied);
  if (!applied) return null;
  const line = (op: Operation) => `${op.action} ${op.resource.type} ${op.resource.name}`;
  return (
    <div data-testid="compare.applied" role="status" className="mx-3 my-2 rounded border border-[var(--border)] px-2 py-1.5 text-[12.5px]">
      <p className="font-semibold">
        Applied: {applied.done.length} done{applied.failed ? ', 1 failed' : ''}
        {applied.notDone.length > 0 ? `, ${applied.notDone.length} not done` : ''}.
      </p>
      <ul>
        {applied.done.map((op, i) => (
          <li key={`d${i}`}>✓ {line(op)}</li>
        ))}
        {applied.failed && (
          <li style={{ color: 'var(--error)' }}>
            ✗ {line(applied.failed.operation)}: {applied.failed.error}
          </li>
        )}
        {applied.notDone.map((op, i) => (
          <li key={`n${i}`} className="text-[var(--muted)]">
            – not done: {line(op)}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function PlanView({ design }: { design: Design }) {
  const store = useStudioStore();
  const comparison = useStore(compareStore, (s) => s.comparison);
  const canApply = useStore(compareStore, (s) => s.available.apply);
  const busy = useStore(compareStore, (s) => s.busy);
  if (!comparison) return null;
  const { operations, blocked } = comparison.plan;
  const stale = comparison.plannedFor !== design;
  const flaggable = (why: string, resource: ResourceRef) => why.includes(`--allow-delete ${resourceKey(resource)}`);
  return (
    <div className="flex flex-col border-t border-[var(--border)] @3xl:min-h-0 @3xl:border-t-0" aria-label="Plan" role="region" data-testid="compare.plan">
      <div className="flex flex-wrap items-center gap-2 px-3 pt-2">
        <h3 className="text-[12px] font-semibold">
          Plan: {operations.length} operation{operations.length === 1 ? '' : 's'}
          {blocked.length > 0 ? `, ${blocked.length} not planned` : ''}
        </h3>
        <span className="ml-auto flex gap-2">
          {stale ? (
            <Button data-testid="compare.replan" disabled={busy !== false} title="The design changed since this plan was made" onClick={() => void runComparison(store.getState().design)}>
              Plan again
            </Button>
          ) : (
            canApply &&
            operations.length > 0 && (
              <Button
                variant="primary"
                data-testid="compare.apply"
                disabled={busy !== false}
                title="Run these operations on the cluster, in this order"
                onClick={() => void applyReviewedPlan(store.getState().design)}
              >
                {busy === 'apply' ? 'Applying…' : `Apply ${operations.length} operation${operations.length === 1 ? '' : 's'}`}
              </Button>
            )
          )}
        </span>
      </div>
      {stale && (
        <p className="px-3 text-[12px] text-[var(--muted)]" data-testid="compare.stale">
          The design changed since this plan was made: plan again before applying.
        </p>
      )}
      {!canApply && operations.length > 0 && (
        <p className="px-3 text-[12px] text-[var(--muted)]">
          Applying from the studio is off on this server (its operator allows it per cluster with QUEUEWRIGHT_APPLY_ALLOW); the command line applies the same plan: queuewright apply.
        </p>
      )}
      <AppliedOutcome />
      <div className="@3xl:min-h-0 @3xl:flex-1 @3xl:overflow-auto">
        {operations.length > 0 && (
          <ol aria-label="Operations" data-testid="compare.operations">
            {operations.map((op, i) => (
              <OperationRow key={`${op.action} ${resourceKey(op.resource)} ${i}`} op={op} index={i} design={design} />
            ))}
          </ol>
        )}
        {blocked.length > 0 && (
          <ul aria-label="Not planned" data-testid="compare.blocked">
            {blocked.map((b) => (
              <li key={resourceKey(b.resource)} data-testid={`compare.blocked.${resourceKey(b.resource)}`} className="border-b border-[var(--border)] px-3 py-1.5 text-[12.5px] last:border-b-0">
                <span className="font-semibold">
                  Not planned: {b.resource.type} {b.resource.name}
                </span>
                <p className="text-[12px] text-[var(--muted)]">{inStudioWords(b.why)}</p>
                {flaggable(b.why, b.resource) && <DeleteBox resource={b.resource} design={design} />}
              </li>
            ))}
          </ul>
        )}
        {operations.length + blocked.length === 0 && <p className="px-3 py-2 text-[13px] text-[var(--muted)]">Nothing to do.</p>}
      </div>
    </div>
  );
}
