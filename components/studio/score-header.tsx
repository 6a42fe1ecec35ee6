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

/** The overall score as a ring, and the six category scores beside it. */
export function ScoreHeader({ onOpenFindings }: { onOpenFindings?(): void }) {
  const { review, ready, of } = useReview();
  // Whether the score is that of the design as it is now (tests and the benchmark wait for it; people see the last score meanwhile).
  const current = useStudio((s) => s.design) === of;
  const { overall, categories, explanation } = review.score;
  const circumference = 2 * Math.PI * 15;
  return (
    <button
      type="button"
      onClick={onOpenFindings}
      className="flex items-center gap-3 rounded-md px-1.5 py-0.5 hover:bg-[var(--panel-2)]"
      aria-label={ready ? `Score ${overall} of 100. ${explanation} Show findings.` : 'Reviewing the design'}
      title={ready ? explanation : undefined}
      data-testid="score"
      data-current={ready && current ? 'true' : 'false'}
    >
      <span className="relative inline-flex h-9 w-9 items-center justify-center">
        <svg viewBox="0 0 36 36" className="absolute inset-0 -rotate-90" aria-hidden>
          <circle cx="18" cy="18" r="15" fill="none" stroke="var(--border)" strokeWidth="3.5" />
          <circle cx="18" cy="18" r="15" fill="none" stroke={ready ? scoreColor(overall) : 'var(--border)'} strokeWidth="3.5" strokeDasharray={`${(overall / 100) * circumference} ${circumference}`} strokeLinecap="round" />
        </svg>
        <span data-testid="score.overall" className="text-[11px] font-bold">
          {ready ? overall : '…'}
        </span>
      </span>
      <span className="hidden gap-2 xl:flex">
        {SCORE_CATEGORIES.map((c) => (
          <span key={c} className="flex flex-col items-center leading-tight" data-testid={`score.${c}`}>
            <span className="text-[10px] uppercase tracking-wide text-[var(--muted)]">{LABEL[c]}</span>
            <span className="text-[12px] font-semibold" style={{ color: ready ? scoreColor(categories[c]) : 'var(--muted)' }}>
              {ready ? categories[c] : '…'}
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
