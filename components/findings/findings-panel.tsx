'use client';

import dynamic from 'next/dynamic';
import { useMemo, useState } from 'react';
import { emptyFindingsText, filterFindings, findingKey, fixableByRule, openCounts, targetLabel, type FindingFilters } from '@/lib/rules/findings-view';
import type { ReviewedFinding } from '../studio/reviewed';
import { useReview } from '../studio/review-context';
import { useStudio } from '../studio/store-context';
import { VirtualList } from '../ui/virtual-list';
import { FindingsToolbar } from './findings-toolbar';
import { useAcceptRisk } from './use-accept-risk';
import { useFixFlow } from './use-fix-flow';
import { useFocusFinding } from './use-focus-finding';

// The form a fix that needs a decision opens: loaded when first asked for, not in the studio's first load.
const FixForm = dynamic(() => import('./fix-form').then((m) => m.FixForm), { ssr: false });
// A finding's row: loaded once there is a finding to show, not in the studio's first load (its canvas is empty).
const FindingRow = dynamic(() => import('./finding-row').then((m) => m.FindingRow), { ssr: false });

/** Height of a row in a long (virtualised) list: the message on one line, the rule and target on the next. */
const FINDING_ROW_HEIGHT = 52;

/**
 * Findings with severity, message, target, Fix and Learn more; click one to
 * select and centre its target. A long list (a large or hostile design has
 * tens of thousands) is virtualised: only the rows in view are in the page.
 * What it shows is worked out in lib/rules/findings-view.ts; Fix, accepting a
 * risk and focusing a target are hooks beside it.
 */
export function FindingsPanel({ onClose, readOnly = false }: { onClose(): void; readOnly?: boolean }) {
  const { review, ready } = useReview();
  const design = useStudio((s) => s.design);
  const [filters, setFilters] = useState<FindingFilters>({ severity: 'all', category: 'all', node: '' });
  const { fixing, startFix, applyFix, cancelFix } = useFixFlow();
  const riskProps = useAcceptRisk(design);

  const names = useMemo(() => new Map(design.nodes.map((n) => [n.id, n.name])), [design]);
  const connections = useMemo(() => new Map(design.connections.map((c) => [c.id, c])), [design]);
  const nodeChoices = useMemo(() => design.nodes.map((n) => ({ value: n.id, label: n.name })), [design]);
  const focus = useFocusFinding(connections);

  const visible = useMemo(() => filterFindings(review.findings, filters, connections), [review.findings, filters, connections]);
  const counts = useMemo(() => openCounts(review.findings), [review.findings]);
  const fixable = useMemo(() => fixableByRule(review.findings), [review.findings]);
  const labelOf = (f: ReviewedFinding) => targetLabel(f.target, names, connections);

  return (
    <section aria-label="Findings" data-testid="findings" className="flex h-[34%] min-h-[160px] flex-col border-t border-[var(--border)] bg-[var(--panel)]">
      <FindingsToolbar counts={counts} filters={filters} onFilters={setFilters} nodeChoices={nodeChoices} onClose={onClose} />
      {fixing && !readOnly && (
        <FixForm
          key={fixing.findings.map(findingKey).join('|')}
          title={fixing.findings.length > 1 ? `${fixing.title}: all ${fixing.findings.length} findings of ${fixing.findings[0].ruleId}` : `${fixing.title}: ${labelOf(fixing.findings[0])}`}
          inputs={fixing.inputs}
          onApply={(values) => void applyFix(fixing.findings, values)}
          onCancel={cancelFix}
        />
      )}
      <VirtualList
        items={visible}
        rowHeight={FINDING_ROW_HEIGHT}
        className="min-h-0 flex-1 overflow-y-auto"
        testId="findings.list"
        label="Findings"
        empty={<li className="px-3 py-4 text-[13px] text-[var(--muted)]">{emptyFindingsText(ready, review.findings.length, design.nodes.length)}</li>}
        row={(f, i, style) => {
          const fixLabel = f.fix?.label ?? f.fixLabel ?? 'Fix';
          const sameRule = fixable.get(f.ruleId);
          return (
            <FindingRow
              key={`${findingKey(f)}:${i}`}
              finding={f}
              targetLabel={labelOf(f)}
              readOnly={readOnly}
              style={style}
              position={style ? { index: i, total: visible.length } : undefined}
              onFocus={() => focus(f)}
              fixAllCount={(sameRule?.length ?? 0) > 1 ? sameRule!.length : undefined}
              onFix={() => startFix([f], fixLabel)}
              onFixAll={() => startFix(sameRule ?? [f], fixLabel)}
              {...riskProps(f)}
            />
          );
        }}
      />
    </section>
  );
}
