'use client';

import { useReactFlow } from '@xyflow/react';
import dynamic from 'next/dynamic';
import { useCallback, useMemo, useState } from 'react';
import { loadLayoutEngine, shownPositions } from '@/lib/layout/on-demand';
import type { Design } from '@/lib/design';
import type { FixInput, FixValues } from '@/lib/rules/fix';
import { CATEGORIES, SEVERITIES } from '@/lib/rules/rule';
import type { ReviewedFinding } from '../studio/reviewed';
import { useReview } from '../studio/review-context';
import { useStudio, useStudioStore } from '../studio/store-context';
import { NodeChoice } from '../ui/node-choice';
import { useToasts } from '../ui/toasts';
import { VirtualList } from '../ui/virtual-list';
import { fixAllChange, fixInputsOf, fixOf } from './apply-fix';
import { riskOwner, setAcceptedRisk } from './accepted-risk';

// The form a fix that needs a decision opens: loaded when first asked for, not in the studio's first load.
const FixForm = dynamic(() => import('./fix-form').then((m) => m.FixForm), { ssr: false });
// A finding's row: loaded once there is a finding to show, not in the studio's first load (its canvas is empty).
const FindingRow = dynamic(() => import('./finding-row').then((m) => m.FindingRow), { ssr: false });

const SEVERITY_LABEL = { error: 'Error', warning: 'Warning', info: 'Info' } as const;

/** Height of a row in a long (virtualised) list: the message on one line, the rule and target on the next. */
const FINDING_ROW_HEIGHT = 52;

/**
 * Findings with severity, message, target, Fix and Learn more; click one to
 * select and centre its target. A long list (a large or hostile design has
 * tens of thousands) is virtualised: only the rows in view are in the page.
 */
export function FindingsPanel({ onClose, readOnly = false }: { onClose(): void; readOnly?: boolean }) {
  const { review, ready } = useReview();
  const design = useStudio((s) => s.design);
  const store = useStudioStore();
  const flow = useReactFlow();
  const toasts = useToasts();
  const [severity, setSeverity] = useState<string>('all');
  const [category, setCategory] = useState<string>('all');
  const [node, setNode] = useState<string>('');
  const [accepting, setAccepting] = useState<{ key: string; reason: string } | null>(null);
  const [fixing, setFixing] = useState<{ findings: readonly ReviewedFinding[]; inputs: readonly FixInput[]; title: string } | null>(null);

  const names = useMemo(() => new Map(design.nodes.map((n) => [n.id, n.name])), [design]);
  const connections = useMemo(() => new Map(design.connections.map((c) => [c.id, c])), [design]);
  const nodeChoices = useMemo(() => design.nodes.map((n) => ({ value: n.id, label: n.name })), [design]);

  const targetNodeIds = useCallback(
    (f: ReviewedFinding): string[] => {
      if (f.target.type === 'node') return [f.target.id];
      if (f.target.type === 'connection') {
        const c = connections.get(f.target.id);
        return c ? [c.from, c.to] : [];
      }
      return [];
    },
    [connections],
  );

  const visible = useMemo(
    () => review.findings.filter((f) => (severity === 'all' || f.severity === severity) && (category === 'all' || f.category === category) && (node === '' || targetNodeIds(f).includes(node))),
    [review.findings, severity, category, node, targetNodeIds],
  );
  const counts = useMemo(() => Object.fromEntries(SEVERITIES.map((s) => [s, review.findings.filter((f) => f.severity === s && !f.accepted).length])), [review.findings]);

  function focus(f: ReviewedFinding) {
    if (f.target.type === 'design') {
      store.getState().select({ nodes: [], connections: [] });
      return;
    }
    const positions = shownPositions(store.getState().design) ?? {};
    const ids = targetNodeIds(f).filter((id) => positions[id]);
    if (f.target.type === 'node') store.getState().select({ nodes: [f.target.id], connections: [] });
    else store.getState().select({ nodes: [], connections: [f.target.id] });
    if (ids.length > 0) {
      const x = ids.reduce((sum, id) => sum + positions[id].x, 0) / ids.length + 120;
      const y = ids.reduce((sum, id) => sum + positions[id].y, 0) / ids.length + 48;
      void flow.setCenter(x, y, { zoom: Math.max(flow.getZoom(), 0.9), duration: 250 });
    }
  }

  /** Applies a design change from a fix as one undo step; nodes it adds (a DLQ, a retry topic) are placed now, beside what they serve and in free space. */
  async function applyChange(update: ((d: Design) => Design) | undefined) {
    if (!update) {
      toasts.push('error', 'This finding has changed since the review; try again once the review is up to date.');
      return;
    }
    const { withNewNodesPlaced } = await loadLayoutEngine();
    store.getState().change((d) => {
      const fixed = update(d);
      return fixed === d ? d : withNewNodesPlaced(fixed);
    });
  }

  async function applyFix(findings: readonly ReviewedFinding[], values?: FixValues) {
    setFixing(null);
    if (findings.length === 1) {
      const found = await fixOf(store.getState().design, findings[0]);
      await applyChange(found && ((d) => found.apply(d, values)));
    } else await applyChange(await fixAllChange(findings, values));
  }

  /** A fix that needs a decision asks for it first; any other applies at once. */
  function startFix(findings: readonly ReviewedFinding[], label: string) {
    const inputs = fixInputsOf(findings[0]);
    if (inputs.length > 0) setFixing({ findings, inputs, title: label });
    else void applyFix(findings);
  }

  /** The open findings of `f`'s rule that a fix can repair: what "Fix all" applies to. */
  const fixableByRule = useMemo(() => {
    const byRule = new Map<string, ReviewedFinding[]>();
    for (const f of review.findings) {
      if (f.accepted || !(f.fix ?? f.fixLabel)) continue;
      byRule.set(f.ruleId, [...(byRule.get(f.ruleId) ?? []), f]);
    }
    return byRule;
  }, [review.findings]);

  function targetLabel(f: ReviewedFinding): string {
    if (f.target.type === 'node') return names.get(f.target.id) ?? f.target.id;
    if (f.target.type === 'connection') {
      const c = connections.get(f.target.id);
      return c ? `${names.get(c.from) ?? c.from} → ${names.get(c.to) ?? c.to}` : f.target.id;
    }
    return 'design';
  }

  const select = 'h-7 rounded-md border border-[var(--border)] bg-[var(--panel)] px-1.5 text-[12px]';
  const emptyText = !ready
    ? 'Reviewing…'
    : review.findings.length === 0
      ? design.nodes.length === 0
        ? 'Add nodes to get a review.'
        : 'No findings: the design passes every rule.'
      : 'No finding matches the filters.';
  return (
    <section aria-label="Findings" data-testid="findings" className="flex h-[34%] min-h-[160px] flex-col border-t border-[var(--border)] bg-[var(--panel)]">
      <div className="flex items-center gap-2 border-b border-[var(--border)] px-3 py-1.5">
        <h2 className="text-[13px] font-semibold">Findings</h2>
        <span className="text-[12px] text-[var(--muted)]" data-testid="findings.counts">
          {counts.error} errors · {counts.warning} warnings · {counts.info} info
        </span>
        <select aria-label="Filter by severity" className={`${select} ml-auto`} value={severity} onChange={(e) => setSeverity(e.target.value)} data-testid="findings.filter.severity">
          <option value="all">All severities</option>
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {SEVERITY_LABEL[s]}
            </option>
          ))}
        </select>
        <select aria-label="Filter by category" className={select} value={category} onChange={(e) => setCategory(e.target.value)} data-testid="findings.filter.category">
          <option value="all">All categories</option>
          {CATEGORIES.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </select>
        <NodeChoice choices={nodeChoices} value={node} onChange={setNode} noneLabel="All nodes" label="Filter by node" testId="findings.filter.node" className={`${select} max-w-[160px]`} />
        <a href="/rules" target="_blank" rel="noreferrer" className="text-[12px] text-[var(--accent)] underline-offset-2 hover:underline">
          How scoring works
        </a>
        <button type="button" aria-label="Hide findings" onClick={onClose} className="px-1 text-[16px] text-[var(--muted)] hover:text-[var(--text)]">
          ×
        </button>
      </div>
      {fixing && !readOnly && (
        <FixForm
          key={fixing.findings.map((f) => `${f.ruleId}:${'id' in f.target ? f.target.id : ''}`).join('|')}
          title={fixing.findings.length > 1 ? `${fixing.title}: all ${fixing.findings.length} findings of ${fixing.findings[0].ruleId}` : `${fixing.title}: ${targetLabel(fixing.findings[0])}`}
          inputs={fixing.inputs}
          onApply={(values) => void applyFix(fixing.findings, values)}
          onCancel={() => setFixing(null)}
        />
      )}
      <VirtualList
        items={visible}
        rowHeight={FINDING_ROW_HEIGHT}
        className="min-h-0 flex-1 overflow-y-auto"
        testId="findings.list"
        label="Findings"
        empty={<li className="px-3 py-4 text-[13px] text-[var(--muted)]">{emptyText}</li>}
        row={(f, i, style) => {
          const key = `${f.ruleId}:${'id' in f.target ? f.target.id : ''}`;
          const owner = riskOwner(design, f);
          const mine = accepting?.key === key;
          return (
            <FindingRow
              key={`${key}:${i}`}
              finding={f}
              targetLabel={targetLabel(f)}
              owner={owner}
              readOnly={readOnly}
              style={style}
              position={style ? { index: i, total: visible.length } : undefined}
              accepting={mine ? accepting.reason : null}
              onFocus={() => focus(f)}
              fixAllCount={(fixableByRule.get(f.ruleId)?.length ?? 0) > 1 ? fixableByRule.get(f.ruleId)!.length : undefined}
              onFix={() => startFix([f], f.fix?.label ?? f.fixLabel ?? 'Fix')}
              onFixAll={() => startFix(fixableByRule.get(f.ruleId) ?? [f], f.fix?.label ?? f.fixLabel ?? 'Fix')}
              onRevoke={() => owner && store.getState().change((d) => setAcceptedRisk(d, owner, f.ruleId, undefined))}
              onStartAccepting={() => setAccepting({ key, reason: '' })}
              onAccept={(reason) => {
                if (owner) store.getState().change((d) => setAcceptedRisk(d, owner, f.ruleId, reason));
                setAccepting(null);
              }}
              onCancelAccepting={() => setAccepting(null)}
              onReasonChange={(reason) => setAccepting({ key, reason })}
            />
          );
        }}
      />
    </section>
  );
}
