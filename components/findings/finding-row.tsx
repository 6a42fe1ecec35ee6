'use client';

import type { CSSProperties } from 'react';
import type { ReviewedFinding } from '../studio/reviewed';
import { Button } from '../ui/button';

const SEVERITY_STYLE = {
  error: { color: 'var(--error)', icon: '✖', label: 'Error' },
  warning: { color: 'var(--warning)', icon: '▲', label: 'Warning' },
  info: { color: 'var(--info)', icon: 'ℹ', label: 'Info' },
} as const;

export interface FindingRowProps {
  finding: ReviewedFinding;
  targetLabel: string;
  owner: string | undefined;
  readOnly: boolean;
  /** Set in a virtualised list: the row's position, and one line per text so its height is fixed. */
  style?: CSSProperties;
  /** In a virtualised list, where the row is in the whole list (for assistive technology, which sees only the rows in the page). */
  position?: { index: number; total: number };
  accepting: string | null;
  onFocus(): void;
  /** Set when more than one open finding of this rule has a fix: how many "Fix all" repairs. */
  fixAllCount?: number;
  onFix(): void;
  onFixAll(): void;
  onRevoke(): void;
  onStartAccepting(): void;
  onAccept(reason: string): void;
  onCancelAccepting(): void;
  onReasonChange(reason: string): void;
}

/** One finding: severity, message, rule, target, and what can be done about it (Fix, accept the risk, learn more). */
export function FindingRow({
  finding: f,
  targetLabel,
  owner,
  readOnly,
  style,
  position,
  accepting,
  fixAllCount,
  onFocus,
  onFix,
  onFixAll,
  onRevoke,
  onStartAccepting,
  onAccept,
  onCancelAccepting,
  onReasonChange,
}: FindingRowProps) {
  const severity = SEVERITY_STYLE[f.severity];
  const oneLine = style ? 'truncate' : '';
  const fixLabel = f.fix?.label ?? f.fixLabel;
  const asks = (f.fix?.inputs ?? f.fixInputs ?? []).map((i) => i.label.toLowerCase()).join(', ');
  // A list short enough to be rendered whole (up to 200 rows) shows a handful: the browser skips laying out and painting
  // the rest until they are scrolled to, yet finds their text and reads them to assistive technology. Painted, 123 rows
  // cost every frame of a canvas drag at 500 nodes more than the drag's own node and edges.
  const skippedOffScreen = style ? '' : '[content-visibility:auto] [contain-intrinsic-size:auto_52px]';
  return (
    <li
      style={style}
      {...(position ? { 'aria-posinset': position.index + 1, 'aria-setsize': position.total } : {})}
      data-testid={`findings.row.${f.ruleId}`}
      data-target={'id' in f.target ? f.target.id : 'design'}
      className={`flex items-start gap-2 border-b border-[var(--border)] px-3 py-1.5 hover:bg-[var(--panel-2)] ${skippedOffScreen} ${f.accepted ? 'opacity-60' : ''}`}
    >
      <span aria-label={severity.label} title={severity.label} style={{ color: severity.color }} className="w-4 pt-0.5 text-center text-[12px]">
        {severity.icon}
      </span>
      <button type="button" className="min-w-0 flex-1 text-left" onClick={onFocus} title={style ? f.message : undefined}>
        <div className={`text-[13px] ${oneLine}`}>{f.message}</div>
        <div className={`text-[11.5px] text-[var(--muted)] ${oneLine}`}>
          <code>{f.ruleId}</code> · {f.category} · {targetLabel}
          {f.accepted && <span data-testid="findings.accepted"> · accepted risk: {f.accepted.reason}</span>}
        </div>
      </button>
      {fixLabel && !f.accepted && !readOnly && (
        <Button data-testid={`findings.fix.${f.ruleId}`} title={asks ? `${fixLabel} (asks for ${asks})` : fixLabel} onClick={onFix}>
          {asks ? 'Fix…' : 'Fix'}
        </Button>
      )}
      {fixLabel && !f.accepted && !readOnly && fixAllCount !== undefined && (
        <Button data-testid={`findings.fix-all.${f.ruleId}`} title={`${fixLabel}: all ${fixAllCount} findings of this rule, as one undo step`} onClick={onFixAll}>
          Fix all {fixAllCount}
        </Button>
      )}
      {owner && !readOnly && accepting === null && (
        <Button
          data-testid={`findings.${f.accepted ? 'revoke' : 'accept'}.${f.ruleId}`}
          title={f.accepted ? 'Count this finding again' : 'Keep the finding listed but accept the risk, with a reason saved in the design'}
          onClick={f.accepted ? onRevoke : onStartAccepting}
        >
          {f.accepted ? 'Revoke' : 'Accept…'}
        </Button>
      )}
      {owner && accepting !== null && <AcceptRiskForm reason={accepting} onAccept={onAccept} onCancel={onCancelAccepting} onReasonChange={onReasonChange} />}
      <a href={`/rules/${f.ruleId}`} target="_blank" rel="noreferrer" className="pt-1 text-[12px] text-[var(--accent)] underline-offset-2 hover:underline" data-testid={`findings.learn.${f.ruleId}`}>
        Learn more
      </a>
    </li>
  );
}

/** The reason asked for when a risk is accepted: saved in the design with it, so it cannot be empty. */
function AcceptRiskForm({ reason, onAccept, onCancel, onReasonChange }: { reason: string; onAccept(reason: string): void; onCancel(): void; onReasonChange(reason: string): void }) {
  return (
    <form
      className="flex items-center gap-1"
      onSubmit={(e) => {
        e.preventDefault();
        if (reason.trim()) onAccept(reason.trim());
      }}
    >
      <input
        autoFocus
        aria-label="Why is this risk accepted?"
        data-testid="findings.accept-reason"
        placeholder="Why is this risk accepted?"
        maxLength={2000}
        value={reason}
        onChange={(e) => onReasonChange(e.target.value)}
        className="h-7 w-[220px] rounded-md border border-[var(--border)] bg-[var(--panel)] px-2 text-[12px]"
      />
      <Button type="submit" variant="primary" disabled={!reason.trim()} data-testid="findings.accept-confirm">
        Accept
      </Button>
      <Button onClick={onCancel}>Cancel</Button>
    </form>
  );
}
