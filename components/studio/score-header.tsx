'use client';

import { SCORE_CATEGORIES } from '@/lib/rules/score';
import { useReview } from './review-context';
import { useStudio } from './store-context';

const LABEL: Record<(typeof SCORE_CATEGORIES)[number], string> = {
  ordering: 'Ordering',
  delivery: 'Delivery',
  durability: 'Durability',
  'error-handling': 'Errors',
  scalability: 'Scale',
  operability: 'Ops',
};

export function scoreColor(score: number): string {
  return score >= 90 ? 'var(--ok)' : score >= 70 ? 'var(--warning)' : 'var(--error)';
}

/**
 * The overall score as a ring, and the six category scores beside it. An
 * empty design has nothing to score: it shows "—", not a perfect 100 (the
 * review in lib/ still scores it 100, which the command line reports).
 */
export function ScoreHeader({ onOpenFindings }: { onOpenFindings?(): void }) {
  const { review, ready: reviewed, of, edits } = useReview();
  const design = useStudio((s) => s.design);
  // Whether the score is that of the design as it is now (tests and the benchmark wait for it; people see the last score meanwhile).
  const current = design === of;
  const empty = design.nodes.length === 0;
  const ready = reviewed && !empty;
  const { overall, categories, explanation } = review.score;
  const circumference = 2 * Math.PI * 15;
  return (
    <button
      type="button"
      onClick={onOpenFindings}
      className="flex items-center gap-3 rounded-md px-1.5 py-0.5 hover:bg-[var(--panel-2)]"
      aria-label={
        empty ? 'No score yet: add nodes to the design and it is reviewed as you go. Show findings.' : ready ? `Score ${overall} of 100. ${explanation} Show findings.` : 'Reviewing the design'
      }
      title={empty ? 'No score yet: an empty design has nothing to review' : ready ? explanation : undefined}
      data-testid="score"
      data-empty={empty ? 'true' : 'false'}
      data-current={reviewed && current ? 'true' : 'false'}
      data-reviewed-edits={edits}
    >
      <span className="relative inline-flex h-9 w-9 items-center justify-center">
        <svg viewBox="0 0 36 36" className="absolute inset-0 -rotate-90" aria-hidden>
          <circle cx="18" cy="18" r="15" fill="none" stroke="var(--border)" strokeWidth="3.5" />
          <circle
            cx="18"
            cy="18"
            r="15"
            fill="none"
            stroke={ready ? scoreColor(overall) : 'var(--border)'}
            strokeWidth="3.5"
            strokeDasharray={`${empty ? 0 : (overall / 100) * circumference} ${circumference}`}
            strokeLinecap="round"
          />
        </svg>
        <span data-testid="score.overall" className="text-[11px] font-bold">
          {empty ? '—' : ready ? overall : '…'}
        </span>
      </span>
      <span className="hidden gap-2 xl:flex">
        {SCORE_CATEGORIES.map((c) => (
          <span key={c} className="flex flex-col items-center leading-tight" data-testid={`score.${c}`}>
            <span className="text-[10px] uppercase tracking-wide text-[var(--muted)]">{LABEL[c]}</span>
            <span className="text-[12px] font-semibold" style={{ color: ready ? scoreColor(categories[c]) : 'var(--muted)' }}>
              {empty ? '—' : ready ? categories[c] : '…'}
            </span>
          </span>
        ))}
      </span>
      {ready && (
        <span data-testid="score.why" className="line-clamp-2 hidden max-w-[260px] text-left text-[11px] leading-tight text-[var(--muted)] 2xl:block">
          {explanation}
        </span>
      )}
    </button>
  );
}
