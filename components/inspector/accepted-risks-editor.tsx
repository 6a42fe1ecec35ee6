'use client';

import { useId, useState } from 'react';
import type { AcceptedRisk } from '@/lib/design/fields';
import { RemoveButton } from '../ui/remove-button';
import { RulePicker } from './rule-picker';
import { useDraftRows } from './use-draft-rows';

const CONTROL = 'w-full min-w-0 rounded-md border border-[var(--border)] bg-[var(--panel)] px-1.5 py-1 text-[12.5px]';

const toRows = (value: AcceptedRisk[] | undefined): AcceptedRisk[] => (value ?? []).map((r) => ({ ...r }));

/**
 * Risks the team accepted on purpose: a rule and the reason, per row. A row
 * is written to the design once it has both (the schema wants a reason), so
 * a half-filled row never makes the field refuse the other rows.
 */
export function AcceptedRisksEditor({ label, value, onCommit, testId }: { label: string; value: AcceptedRisk[] | undefined; onCommit(value: AcceptedRisk[]): string | undefined; testId: string }) {
  const id = useId();
  const { rows, setRows, markCommitted } = useDraftRows(value, toRows);
  const [error, setError] = useState<string | undefined>();
  // A row added from the keyboard takes the focus, so the rule can be picked straight away.
  const [added, setAdded] = useState<number | undefined>();

  function change(next: AcceptedRisk[]) {
    setRows(next);
    const whole = next.filter((r) => r.rule !== '' && r.reason.trim() !== '');
    markCommitted(whole);
    setError(onCommit(whole));
  }
  const update = (i: number, patch: Partial<AcceptedRisk>) => change(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  return (
    <fieldset className="min-w-0 space-y-1.5" data-testid={testId}>
      <legend className="text-[12px] font-medium">{label}</legend>
      {rows.length === 0 && <p className="text-[11.5px] text-[var(--muted)]">None: every finding counts in the score.</p>}
      {rows.map((row, i) => (
        <AcceptedRiskRow
          key={i}
          row={row}
          name={`Accepted risk ${i + 1}`}
          hintId={`${id}-${i}-hint`}
          autoFocus={i === added}
          testId={testId}
          onUpdate={(patch) => update(i, patch)}
          onRemove={() => change(rows.filter((_, j) => j !== i))}
        />
      ))}
      <button
        type="button"
        data-testid={`${testId}.add`}
        className="rounded px-1 text-[12px] font-medium text-[var(--accent)] underline-offset-2 hover:underline"
        onClick={() => {
          setAdded(rows.length);
          setRows([...rows, { rule: '', reason: '' }]);
        }}
      >
        + Accept a risk
      </button>
      {error && (
        <div role="alert" data-testid="inspector.field-error" className="text-[12px] text-[var(--error)]">
          {error}
        </div>
      )}
    </fieldset>
  );
}

/** One accepted risk: the rule, a remove button, the reason, and a hint until both are there. */
function AcceptedRiskRow({
  row,
  name,
  hintId,
  autoFocus,
  testId,
  onUpdate,
  onRemove,
}: {
  row: AcceptedRisk;
  /** The row's accessible name, e.g. "Accepted risk 2". */
  name: string;
  hintId: string;
  autoFocus: boolean;
  testId: string;
  onUpdate(patch: Partial<AcceptedRisk>): void;
  onRemove(): void;
}) {
  const incomplete = row.rule === '' || row.reason.trim() === '';
  return (
    <div className="space-y-1 rounded-md border border-[var(--border)] p-1.5" data-testid={`${testId}.row`}>
      <div className="flex items-center gap-1">
        <RulePicker autoFocus={autoFocus} value={row.rule} onChange={(rule) => onUpdate({ rule })} label={`${name}: rule`} testId={`${testId}.rule`} className={CONTROL} />
        <RemoveButton label={`Remove ${name}`} testId={`${testId}.remove`} onClick={onRemove} />
      </div>
      <input
        aria-label={`${name}: reason`}
        aria-describedby={incomplete ? hintId : undefined}
        data-testid={`${testId}.reason`}
        className={CONTROL}
        value={row.reason}
        maxLength={2000}
        placeholder="Why the team accepts it"
        onChange={(e) => onUpdate({ reason: e.target.value })}
      />
      {incomplete && (
        <div id={hintId} className="text-[11.5px] text-[var(--muted)]">
          Pick a rule and say why; the risk counts once both are there.
        </div>
      )}
    </div>
  );
}
