'use client';

import { useReactFlow } from '@xyflow/react';
import { useMemo, useState } from 'react';
import { updateNode, type Design } from '@/lib/design';
import { positionsWithFallback } from '@/lib/layout/rank-layout';
import { CATEGORIES, SEVERITIES, type Finding } from '@/lib/rules/rule';
import { useReview } from '../studio/review-context';
import { useStudio, useStudioStore } from '../studio/store-context';
import { Button } from '../ui/button';

/** The node that carries an accepted risk for a finding: its target, or the source of its target connection. */
function riskOwner(design: Design, f: Finding): string | undefined {
  if (f.target.type === 'node') return f.target.id;
  if (f.target.type === 'connection') {
    const id = f.target.id;
    return design.connections.find((c) => c.id === id)?.from;
  }
  return undefined;
}

function setAcceptedRisk(design: Design, nodeId: string, rule: string, reason: string | undefined): Design {
  const node = design.nodes.find((n) => n.id === nodeId);
  if (!node) return design;
  const others = node.acceptedRisks.filter((r) => r.rule !== rule);
  return updateNode(design, nodeId, { acceptedRisks: reason === undefined ? others : [...others, { rule, reason }] });
}

const SEVERITY_STYLE = {
  error: { color: 'var(--error)', icon: '✖', label: 'Error' },
  warning: { color: 'var(--warning)', icon: '▲', label: 'Warning' },
  info: { color: 'var(--info)', icon: 'ℹ', label: 'Info' },
} as const;

/** Findings with severity, message, target, Fix and Learn more; click one to select and centre its target. */
export function FindingsPanel({ onClose, readOnly = false }: { onClose(): void; readOnly?: boolean }) {
  const { review, ready } = useReview();
  const design = useStudio((s) => s.design);
  const store = useStudioStore();
  const flow = useReactFlow();
  const [severity, setSeverity] = useState<string>('all');
  const [category, setCategory] = useState<string>('all');
  const [node, setNode] = useState<string>('all');
  const [accepting, setAccepting] = useState<{ key: string; reason: string } | null>(null);

  const names = useMemo(() => new Map(design.nodes.map((n) => [n.id, n.name])), [design]);
  const connections = useMemo(() => new Map(design.connections.map((c) => [c.id, c])), [design]);

  const targetNodeIds = (f: Finding): string[] => {
    if (f.target.type === 'node') return [f.target.id];
    if (f.target.type === 'connection') {
      const c = connections.get(f.target.id);
      return c ? [c.from, c.to] : [];
    }
    return [];
  };

  const visible = review.findings.filter(
    (f) =>
      (severity === 'all' || f.severity === severity) &&
      (category === 'all' || f.category === category) &&
      (node === 'all' || targetNodeIds(f).includes(node)),
  );
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, review.findings.filter((f) => f.severity === s && !f.accepted).length]));

  function focus(f: Finding) {
    if (f.target.type === 'design') {
      store.getState().select({ nodes: [], connections: [] });
      return;
    }
    const positions = positionsWithFallback(store.getState().design);
    const ids = targetNodeIds(f).filter((id) => positions[id]);
    if (f.target.type === 'node') store.getState().select({ nodes: [f.target.id], connections: [] });
    else store.getState().select({ nodes: [], connections: [f.target.id] });
    if (ids.length > 0) {
      const x = ids.reduce((sum, id) => sum + positions[id].x, 0) / ids.length + 120;
      const y = ids.reduce((sum, id) => sum + positions[id].y, 0) / ids.length + 48;
      void flow.setCenter(x, y, { zoom: Math.max(flow.getZoom(), 0.9), duration: 250 });
    }
  }

  function targetLabel(f: Finding): string {
    if (f.target.type === 'node') return names.get(f.target.id) ?? f.target.id;
    if (f.target.type === 'connection') {
      const c = connections.get(f.target.id);
      return c ? `${names.get(c.from) ?? c.from} → ${names.get(c.to) ?? c.to}` : f.target.id;
    }
    return 'design';
  }

  const select = 'h-7 rounded-md border border-[var(--border)] bg-[var(--panel)] px-1.5 text-[12px]';
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
              {SEVERITY_STYLE[s].label}
            </option>
          ))}
        </select>
        <select aria-label="Filter by category" className={select} value={category} onChange={(e) => setCategory(e.target.value)} data-testid="findings.filter.category">
          <option value="all">All categories</option>
          {CATEGORIES.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </select>
        <select aria-label="Filter by node" className={`${select} max-w-[160px]`} value={node} onChange={(e) => setNode(e.target.value)} data-testid="findings.filter.node">
          <option value="all">All nodes</option>
          {design.nodes.map((n) => (
            <option key={n.id} value={n.id}>
              {n.name}
            </option>
          ))}
        </select>
        <a href="/rules" target="_blank" rel="noreferrer" className="text-[12px] text-[var(--accent)] underline-offset-2 hover:underline">
          How scoring works
        </a>
        <button type="button" aria-label="Hide findings" onClick={onClose} className="px-1 text-[16px] text-[var(--muted)] hover:text-[var(--text)]">
          ×
        </button>
      </div>
      <ul className="min-h-0 flex-1 overflow-y-auto" data-testid="findings.list">
        {visible.length === 0 && (
          <li className="px-3 py-4 text-[13px] text-[var(--muted)]">
            {!ready ? 'Reviewing…' : review.findings.length === 0 ? (design.nodes.length === 0 ? 'Add nodes to get a review.' : 'No findings: the design passes every rule.') : 'No finding matches the filters.'}
          </li>
        )}
        {visible.map((f, i) => {
          const style = SEVERITY_STYLE[f.severity];
          const key = `${f.ruleId}:${'id' in f.target ? f.target.id : ''}`;
          const owner = riskOwner(design, f);
          return (
            <li
              key={`${key}:${i}`}
              data-testid={`findings.row.${f.ruleId}`}
              data-target={'id' in f.target ? f.target.id : 'design'}
              className={`flex items-start gap-2 border-b border-[var(--border)] px-3 py-1.5 hover:bg-[var(--panel-2)] ${f.accepted ? 'opacity-60' : ''}`}
            >
              <span aria-label={style.label} title={style.label} style={{ color: style.color }} className="w-4 pt-0.5 text-center text-[12px]">
                {style.icon}
              </span>
              <button type="button" className="min-w-0 flex-1 text-left" onClick={() => focus(f)}>
                <div className="text-[13px]">{f.message}</div>
                <div className="text-[11.5px] text-[var(--muted)]">
                  <code>{f.ruleId}</code> · {f.category} · {targetLabel(f)}
                  {f.accepted && <span data-testid="findings.accepted"> · accepted risk: {f.accepted.reason}</span>}
                </div>
              </button>
              {f.fix && !f.accepted && !readOnly && (
                <Button data-testid={`findings.fix.${f.ruleId}`} title={f.fix.label} onClick={() => store.getState().change(f.fix!.apply)}>
                  Fix
                </Button>
              )}
              {owner && !readOnly && accepting?.key !== key && (
                <Button
                  data-testid={`findings.${f.accepted ? 'revoke' : 'accept'}.${f.ruleId}`}
                  title={f.accepted ? 'Count this finding again' : 'Keep the finding listed but accept the risk, with a reason saved in the design'}
                  onClick={() => (f.accepted ? store.getState().change((d) => setAcceptedRisk(d, owner, f.ruleId, undefined)) : setAccepting({ key, reason: '' }))}
                >
                  {f.accepted ? 'Revoke' : 'Accept…'}
                </Button>
              )}
              {owner && accepting?.key === key && (
                <form
                  className="flex items-center gap-1"
                  onSubmit={(e) => {
                    e.preventDefault();
                    const reason = accepting.reason.trim();
                    if (!reason) return;
                    store.getState().change((d) => setAcceptedRisk(d, owner, f.ruleId, reason));
                    setAccepting(null);
                  }}
                >
                  <input
                    autoFocus
                    aria-label="Why is this risk accepted?"
                    data-testid="findings.accept-reason"
                    placeholder="Why is this risk accepted?"
                    maxLength={2000}
                    value={accepting.reason}
                    onChange={(e) => setAccepting({ key, reason: e.target.value })}
                    className="h-7 w-[220px] rounded-md border border-[var(--border)] bg-[var(--panel)] px-2 text-[12px]"
                  />
                  <Button type="submit" variant="primary" disabled={!accepting.reason.trim()} data-testid="findings.accept-confirm">
                    Accept
                  </Button>
                  <Button onClick={() => setAccepting(null)}>Cancel</Button>
                </form>
              )}
              <a
                href={`/rules/${f.ruleId}`}
                target="_blank"
                rel="noreferrer"
                className="pt-1 text-[12px] text-[var(--accent)] underline-offset-2 hover:underline"
                data-testid={`findings.learn.${f.ruleId}`}
              >
                Learn more
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
