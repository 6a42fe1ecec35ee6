'use client';

import type { FindingFilters } from '@/lib/rules/findings-view';
import { CATEGORIES, SEVERITIES, type Severity } from '@/lib/rules/rule';
import { NodeChoice } from '../ui/node-choice';

const SEVERITY_LABEL = { error: 'Error', warning: 'Warning', info: 'Info' } as const;
const SELECT = 'h-7 rounded-md border border-[var(--border)] bg-[var(--panel)] px-1.5 text-[12px]';

/** The findings panel's header: open findings by severity, the filters, how scoring works, and hide. */
export function FindingsToolbar({
  counts,
  filters,
  onFilters,
  nodeChoices,
  onClose,
}: {
  counts: Record<Severity, number>;
  filters: FindingFilters;
  onFilters(filters: FindingFilters): void;
  nodeChoices: { value: string; label: string }[];
  onClose(): void;
}) {
  return (
    <div className="flex items-center gap-2 border-b border-[var(--border)] px-3 py-1.5">
      <h2 className="text-[13px] font-semibold">Findings</h2>
      <span className="text-[12px] text-[var(--muted)]" data-testid="findings.counts">
        {counts.error} errors · {counts.warning} warnings · {counts.info} info
      </span>
      <select
        aria-label="Filter by severity"
        className={`${SELECT} ml-auto`}
        value={filters.severity}
        onChange={(e) => onFilters({ ...filters, severity: e.target.value })}
        data-testid="findings.filter.severity"
      >
        <option value="all">All severities</option>
        {SEVERITIES.map((s) => (
          <option key={s} value={s}>
            {SEVERITY_LABEL[s]}
          </option>
        ))}
      </select>
      <select aria-label="Filter by category" className={SELECT} value={filters.category} onChange={(e) => onFilters({ ...filters, category: e.target.value })} data-testid="findings.filter.category">
        <option value="all">All categories</option>
        {CATEGORIES.map((c) => (
          <option key={c}>{c}</option>
        ))}
      </select>
      <NodeChoice
        choices={nodeChoices}
        value={filters.node}
        onChange={(node) => onFilters({ ...filters, node })}
        noneLabel="All nodes"
        label="Filter by node"
        testId="findings.filter.node"
        className={`${SELECT} max-w-[160px]`}
      />
      <a href="/rules" target="_blank" rel="noreferrer" className="text-[12px] text-[var(--accent)] underline-offset-2 hover:underline">
        How scoring works
      </a>
      <button type="button" aria-label="Hide findings" onClick={onClose} className="px-1 text-[16px] text-[var(--muted)] hover:text-[var(--text)]">
        ×
      </button>
    </div>
  );
}
